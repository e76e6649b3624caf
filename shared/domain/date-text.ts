// prettier-ignore
const monthNames: Record<string, number> = {
  januari: 1, january: 1, jan: 1,
  februari: 2, february: 2, feb: 2,
  maart: 3, march: 3, mrt: 3, mar: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  augustus: 8, august: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
}

/** Words for a day counted from today. */
const relativeDays: Record<string, number> = {
  eergisteren: -2,
  gisteren: -1,
  vandaag: 0,
  morgen: 1,
  overmorgen: 2,
  yesterday: -1,
  today: 0,
  tomorrow: 1,
  'day after tomorrow': 2,
  'the day after tomorrow': 2,
}

/**
 * Reads a date as a coach types it, in Dutch or English, whatever the computer's own date settings:
 * - numbers, day first: "12-4-2026", "12-04-2026", "12/04/2026", "12.4.2026", "12-4-26" (2026),
 *   "12-4" (this year), and ISO "2026-04-12";
 * - a month name: "12 april", "12 apr. 2026", "12 April 2026", "April 12", "April 12, 2026";
 * - a day word: "vandaag", "morgen", "overmorgen", "gisteren", "eergisteren", "today", "tomorrow",
 *   "yesterday".
 * `today` (`yyyy-MM-dd`) anchors the day words and the year of a date typed without one.
 * Answers `yyyy-MM-dd`, or null when the text is no real date (31-02-2026 is none).
 */
export function parseDateText(text: string, today: string): string | null {
  const value = text.trim().toLowerCase().replace(/\s+/g, ' ')
  const thisYear = Number(today.slice(0, 4))
  const relative = relativeDays[value]
  if (relative !== undefined) return addDays(today, relative)

  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value)
  if (match) return isoDate(Number(match[1]), Number(match[2]), Number(match[3]))

  match = /^(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{2}|\d{4}))?$/.exec(value)
  if (match) return isoDate(fullYear(match[3], thisYear), Number(match[2]), Number(match[1]))

  match = /^(\d{1,2})(?:e|st|nd|rd|th)?\.? ([a-z]+)\.?,?(?: (\d{4}))?$/.exec(value)
  if (match) return named(match[2], match[1], match[3], thisYear)

  match = /^([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,?(?: (\d{4}))?$/.exec(value)
  if (match) return named(match[1], match[2], match[3], thisYear)
  return null
}

function named(
  month: string | undefined,
  day: string | undefined,
  year: string | undefined,
  thisYear: number,
) {
  const number = monthNames[month ?? '']
  if (number === undefined) return null
  return isoDate(fullYear(year, thisYear), number, Number(day))
}

/** "2026" → 2026, "26" → 2026, none → this year. */
function fullYear(year: string | undefined, thisYear: number): number {
  if (year === undefined) return thisYear
  return year.length === 2 ? 2000 + Number(year) : Number(year)
}

/** `yyyy-MM-dd` for a real calendar day, or null. */
function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day))
  if (year < 1000 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1) return null
  if (date.getUTCDate() !== day) return null
  return date.toISOString().slice(0, 10)
}

function addDays(isoDay: string, days: number): string {
  const date = new Date(`${isoDay}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}
