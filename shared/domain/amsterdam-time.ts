/** The time zone sessions are planned in: the coach's local Dutch time. */
export const SESSION_TIME_ZONE = 'Europe/Amsterdam'

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: SESSION_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
})

/** Minutes Amsterdam is ahead of UTC at a moment (60 in winter, 120 in summer). */
export function amsterdamOffsetMinutes(utcMillis: number): number {
  const parts = Object.fromEntries(
    partsFormatter.formatToParts(new Date(utcMillis)).map((p) => [p.type, p.value]),
  )
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  )
  return Math.round((asUtc - Math.floor(utcMillis / 1000) * 1000) / 60_000)
}

/**
 * The UTC moment of a Dutch wall-clock time (`yyyy-MM-dd`, `HH:mm`), right on both sides of the
 * change between summer and winter time. A time that does not exist (02:30 on the last Sunday of
 * March) moves forward an hour; an ambiguous one (02:30 on the last Sunday of October) takes the
 * first (summer-time) occurrence.
 */
export function amsterdamToUtc(date: string, time: string): Date {
  const [y, m, d] = date.split('-').map(Number)
  const [hh, mm] = time.split(':').map(Number)
  const wall = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0)
  // Amsterdam is always one (CET) or two (CEST) hours ahead of UTC: try summer time first, so an
  // ambiguous hour resolves to its first occurrence.
  for (const offsetHours of [2, 1]) {
    const candidate = wall - offsetHours * 3_600_000
    if (candidate + amsterdamOffsetMinutes(candidate) * 60_000 === wall) return new Date(candidate)
  }
  // The wall time falls in the hour skipped in spring: the clock reads an hour later.
  return new Date(wall - 3_600_000)
}

/** How a Dutch wall-clock time exists on its date: once, not at all (clocks go forward), or twice. */
export type WallTimeKind = 'normal' | 'skipped' | 'repeated'

/**
 * Whether `time` on `date` exists in Dutch time: `skipped` in the hour the clocks jump from 02:00 to
 * 03:00 (last Sunday of March), `repeated` in the hour that happens twice when they go back from
 * 03:00 to 02:00 (last Sunday of October), `normal` otherwise.
 */
export function wallTimeKind(date: string, time: string): WallTimeKind {
  const [y, m, d] = date.split('-').map(Number)
  const [hh, mm] = time.split(':').map(Number)
  const wall = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0)
  let matches = 0
  for (const offsetHours of [2, 1]) {
    const candidate = wall - offsetHours * 3_600_000
    if (candidate + amsterdamOffsetMinutes(candidate) * 60_000 === wall) matches += 1
  }
  return matches === 0 ? 'skipped' : matches === 2 ? 'repeated' : 'normal'
}
