import { type Session, sessionTypes } from '../model'
import { table } from './report-blocks'
import { type ReportContext } from './report-context'
import { type TableBlock, type TableCell } from './report-model'

/** Above this many sessions, a report counts them per type and month instead of listing each one. */
export const MAX_LISTED_SESSIONS = 20

/** At most this many columns of months (or quarters) fit beside the session types. */
const MAX_PERIOD_COLUMNS = 8

interface PeriodColumn {
  label: string
  contains: (date: string) => boolean
}

/** The months from the first to the last session, or quarters, or years when there would be too many. */
function periodColumns(ctx: ReportContext, dates: readonly string[]): PeriodColumn[] {
  const sorted = [...dates].sort()
  const first = sorted[0] ?? ctx.period.from
  const last = sorted[sorted.length - 1] ?? ctx.period.to
  const firstYear = Number(first.slice(0, 4))
  const lastYear = Number(last.slice(0, 4))
  const monthIndex = (date: string): number => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1
  const months = monthIndex(last) - monthIndex(first) + 1
  if (months <= MAX_PERIOD_COLUMNS) {
    return Array.from({ length: months }, (_, i) => {
      const index = monthIndex(first) + i
      const key = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
      return { label: ctx.fmt.shortMonth(`${key}-01`), contains: (date) => date.slice(0, 7) === key }
    })
  }
  const quarterIndex = (date: string): number => Math.floor(monthIndex(date) / 3)
  const quarters = quarterIndex(last) - quarterIndex(first) + 1
  if (quarters <= MAX_PERIOD_COLUMNS) {
    return Array.from({ length: quarters }, (_, i) => {
      const index = quarterIndex(first) + i
      return {
        label: ctx.t.common.quarter((index % 4) + 1, Math.floor(index / 4)),
        contains: (date) => quarterIndex(date) === index,
      }
    })
  }
  return Array.from({ length: lastYear - firstYear + 1 }, (_, i) => {
    const year = String(firstYear + i)
    return { label: year, contains: (date) => date.startsWith(year) }
  })
}

/**
 * Sessions counted per type (rows) and per month (columns; per quarter or year over a long period),
 * with totals: how a report shows more than {@link MAX_LISTED_SESSIONS} sessions on a page or so.
 */
export function sessionsByTypeAndMonth(ctx: ReportContext, sessions: readonly Session[]): TableBlock {
  const columns = periodColumns(
    ctx,
    sessions.map((session) => session.date),
  )
  const n = ctx.fmt.number
  const types = sessionTypes.filter((type) => sessions.some((session) => session.type === type))
  const rows: TableCell[][] = types.map((type) => {
    const ofType = sessions.filter((session) => session.type === type)
    return [
      ctx.v.sessionType[type],
      ...columns.map((column) => n(ofType.filter((session) => column.contains(session.date)).length)),
      { text: n(ofType.length), strong: true },
    ]
  })
  rows.push([
    { text: ctx.t.gemeente.total, strong: true },
    ...columns.map((column) => n(sessions.filter((session) => column.contains(session.date)).length)),
    n(sessions.length),
  ])
  const periodWidth = Math.min(11, 60 / Math.max(1, columns.length))
  return table(
    [
      [ctx.t.gemeente.columnSessionType, 100 - periodWidth * (columns.length + 1), 'left'],
      ...columns.map((column): [string, number, 'right'] => [column.label, periodWidth, 'right']),
      [ctx.t.gemeente.total, periodWidth, 'right'],
    ],
    rows,
    true,
  )
}
