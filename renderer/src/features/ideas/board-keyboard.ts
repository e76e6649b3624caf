import { type KeyboardCoordinateGetter } from '@dnd-kit/core'

const directions: Record<string, { x: number; y: number }> = {
  ArrowRight: { x: 1, y: 0 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowDown: { x: 0, y: 1 },
  ArrowUp: { x: 0, y: -1 },
}

/**
 * Moves a picked-up card with the arrow keys from column to column (not pixel by pixel): to the
 * nearest column in the arrow's direction, placed near its top.
 */
export const columnCoordinates: KeyboardCoordinateGetter = (event, { currentCoordinates, context }) => {
  const direction = directions[event.code] ?? directions[event.key]
  const current = context.collisionRect
  if (!direction || !current) return undefined
  event.preventDefault()
  const from = { x: current.left + current.width / 2, y: current.top + current.height / 2 }
  let best: { x: number; y: number; score: number } | undefined
  for (const container of context.droppableContainers.getEnabled()) {
    const rect = context.droppableRects.get(container.id)
    if (!rect) continue
    const target = { x: rect.left + rect.width / 2, y: rect.top + Math.min(rect.height / 2, 80) }
    const dx = target.x - from.x
    const dy = target.y - from.y
    const along = dx * direction.x + dy * direction.y
    if (along <= 10) continue
    const across = Math.abs(dx * direction.y) + Math.abs(dy * direction.x)
    const score = along + across * 2
    if (!best || score < best.score) best = { x: dx, y: dy, score }
  }
  if (!best) return undefined
  return { x: currentCoordinates.x + best.x, y: currentCoordinates.y + best.y }
}
