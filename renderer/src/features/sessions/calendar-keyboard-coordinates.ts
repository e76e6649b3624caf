import { type KeyboardCoordinateGetter } from '@dnd-kit/core'

const directions: Record<string, { x: number; y: number }> = {
  ArrowRight: { x: 1, y: 0 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowDown: { x: 0, y: 1 },
  ArrowUp: { x: 0, y: -1 },
}

/**
 * Moves a session dragged with the keyboard from one calendar cell to the next one in the arrow's
 * direction (instead of dnd-kit's default of 25 pixels), centring it on that cell.
 */
export const calendarKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context }) => {
  const direction = directions[event.code]
  const current = context.collisionRect
  if (!direction || !current) return undefined
  event.preventDefault()
  const centre = { x: current.left + current.width / 2, y: current.top + current.height / 2 }
  let best: { x: number; y: number; distance: number } | undefined
  for (const container of context.droppableContainers.getEnabled()) {
    const rect = context.droppableRects.get(container.id)
    if (!rect) continue
    const dx = rect.left + rect.width / 2 - centre.x
    const dy = rect.top + rect.height / 2 - centre.y
    const along = dx * direction.x + dy * direction.y
    if (along <= 4) continue
    const across = Math.abs(dx * direction.y) + Math.abs(dy * direction.x)
    const distance = along + across * 3
    if (!best || distance < best.distance) {
      best = {
        x: rect.left + (rect.width - current.width) / 2,
        y: rect.top + (rect.height - current.height) / 2,
        distance,
      }
    }
  }
  return best ? { x: best.x, y: best.y } : undefined
}
