import { type Language } from '../model'
import { type ChartData, lineOrBar } from './chart-data'
import { withAltText } from './describe-chart'

const texts = {
  nl: { title: 'Opgehaalde ideeën per week', series: 'Ideeën', week: 'wk' },
  en: { title: 'Ideas collected per week', series: 'Ideas', week: 'wk' },
} as const

const dayMs = 86_400_000

/** The Monday (UTC, `yyyy-MM-dd`) of the week a `yyyy-MM-dd` date falls in. */
export function mondayOf(isoDate: string): string {
  const day = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`)
  const offset = (day.getUTCDay() + 6) % 7
  return new Date(day.getTime() - offset * dayMs).toISOString().slice(0, 10)
}

/** ISO week number of a `yyyy-MM-dd` date (weeks start on Monday; week 1 holds the first Thursday). */
export function isoWeekNumber(isoDate: string): number {
  const day = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`)
  const thursday = new Date(day.getTime() + (3 - ((day.getUTCDay() + 6) % 7)) * dayMs)
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1)
  return 1 + Math.floor((thursday.getTime() - yearStart) / (7 * dayMs))
}

/**
 * Ideas collected per calendar week as a line, from the first week with an idea (or `from`) to the
 * last (or `to`); weeks without ideas count 0, so gaps in the field work show. Categories read "wk 12".
 */
export function ideasPerWeekChart(
  collectedOn: readonly string[],
  language: Language,
  range: { from?: string; to?: string } = {},
): ChartData {
  const words = texts[language]
  const dates = collectedOn
    .map((date) => date.slice(0, 10))
    .filter((date) => (!range.from || date >= range.from) && (!range.to || date <= range.to))
  const sorted = [...dates].sort()
  const first = range.from ?? sorted[0]
  const last = range.to ?? sorted[sorted.length - 1]
  const counts = new Map<string, number>()
  for (const date of dates) counts.set(mondayOf(date), (counts.get(mondayOf(date)) ?? 0) + 1)
  const categories: string[] = []
  const values: number[] = []
  if (first !== undefined && last !== undefined) {
    const end = mondayOf(last)
    // At most three years of weeks, so a mistyped year cannot make a chart of thousands of points.
    for (let week = mondayOf(first), n = 0; week <= end && n < 160; n += 1) {
      categories.push(`${words.week} ${isoWeekNumber(week)}`)
      values.push(counts.get(week) ?? 0)
      week = new Date(new Date(`${week}T00:00:00Z`).getTime() + 7 * dayMs).toISOString().slice(0, 10)
    }
  }
  return withAltText(
    {
      kind: lineOrBar(categories),
      title: words.title,
      categories,
      series: [{ name: words.series, values }],
      valueFormat: 'count',
    },
    language,
  )
}
