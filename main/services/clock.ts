import { format } from 'date-fns'

/** Today's local date as `yyyy-MM-dd` (the coach's laptop runs on Dutch time). */
export function localDate(clock: () => Date): string {
  return format(clock(), 'yyyy-MM-dd')
}

/** The current moment as an ISO string, for createdAt/updatedAt. */
export function nowIso(clock: () => Date): string {
  return clock().toISOString()
}
