import { type DropTarget } from './use-reschedule'

/** The id of a droppable day (`2026-12-07`) or hour slot (`2026-12-07@14:00`). */
export function dropTargetId(target: DropTarget): string {
  return target.time ? `${target.date}@${target.time}` : target.date
}

/** Reads a droppable's id back into a day and optional time. */
export function parseDropTargetId(id: string | number): DropTarget | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})(?:@(\d{2}:\d{2}))?$/.exec(String(id))
  if (!match?.[1]) return undefined
  return match[2] ? { date: match[1], time: match[2] } : { date: match[1] }
}
