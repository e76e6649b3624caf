/**
 * Calendar arithmetic for the demo on whole days ("day numbers": days since 1970-01-01, UTC), so the
 * generated dates never depend on the machine's time zone.
 */
const MS_PER_DAY = 86_400_000

/** The day number of a `yyyy-MM-dd` date. */
export function toDayNumber(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (!match) throw new RangeError(`Geen datum: ${date}`)
  return Math.round(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / MS_PER_DAY)
}

/** The `yyyy-MM-dd` date of a day number. */
export function fromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10)
}

/** An ISO timestamp (UTC) on `day` at `minuteOfDay` minutes after midnight. */
export function stampOf(day: number, minuteOfDay: number): string {
  const minutes = Math.min(Math.max(Math.round(minuteOfDay), 0), 24 * 60 - 1)
  return new Date(day * MS_PER_DAY + minutes * 60_000).toISOString()
}

/** `HH:mm` for a minute of the day. */
export function clockTime(minuteOfDay: number): string {
  const hours = Math.floor(minuteOfDay / 60)
  const minutes = minuteOfDay % 60
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`
}
