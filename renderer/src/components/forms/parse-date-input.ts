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

/**
 * Reads a date as a coach types it: "1-3-2026", "01/03/2026", "1.3.2026", "2026-03-01" or
 * "1 maart 2026" (Dutch or English month names). Answers `yyyy-MM-dd`, or null when it is no real date.
 */
export function parseDateInput(text: string): string | null {
  const value = text.trim().toLowerCase()
  let day: number, month: number, year: number
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value)
  if (match) {
    ;[year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  } else if ((match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value))) {
    ;[day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])]
  } else if ((match = /^(\d{1,2})\.?\s+([a-z]+)\.?\s+(\d{4})$/.exec(value))) {
    const named = monthNames[match[2] ?? '']
    if (named === undefined) return null
    ;[day, month, year] = [Number(match[1]), named, Number(match[3])]
  } else {
    return null
  }
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}
