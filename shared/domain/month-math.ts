/** The `yyyy-MM-dd` date `months` calendar months after `date`, clamped to the month's last day (31 jan + 1 → 28/29 feb). */
export function addMonths(date: string, months: number): string {
  const year = Number(date.slice(0, 4))
  const month = Number(date.slice(5, 7)) - 1 + months
  const day = Number(date.slice(8, 10))
  const targetYear = year + Math.floor(month / 12)
  const targetMonth = ((month % 12) + 12) % 12
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate()
  const shown = new Date(Date.UTC(targetYear, targetMonth, Math.min(day, lastDay)))
  return shown.toISOString().slice(0, 10)
}

/** The months (`yyyy-MM`) from the month of `from` up to and including the month of `to`, at most `max`. */
export function monthsBetween(from: string, to: string, max = 36): string[] {
  const months: string[] = []
  let current = `${from.slice(0, 7)}-01`
  const last = to.slice(0, 7)
  while (current.slice(0, 7) <= last && months.length < max) {
    months.push(current.slice(0, 7))
    current = addMonths(current, 1)
  }
  return months
}

/** The last day (`yyyy-MM-dd`) of a month given as `yyyy-MM`. */
export function endOfMonth(month: string): string {
  const year = Number(month.slice(0, 4))
  const index = Number(month.slice(5, 7))
  return new Date(Date.UTC(year, index, 0)).toISOString().slice(0, 10)
}
