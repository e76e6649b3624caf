/** `2026-12-10` → "donderdag 10 december 2026" (or "Thursday 10 December 2026"). */
export function buildWeekdayDate(isoDate: string, language: string): string {
  const parsed = new Date(`${isoDate.slice(0, 10)}T12:00:00Z`)
  if (Number.isNaN(parsed.getTime())) return isoDate
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(parsed)
}
