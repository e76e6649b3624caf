import { differenceInCalendarDays, parseISO } from 'date-fns'

/** Whole calendar days from one `yyyy-MM-dd` date (or ISO moment) to another; negative when earlier. */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(parseISO(to.slice(0, 10)), parseISO(from.slice(0, 10)))
}
