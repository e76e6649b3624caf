import { keyFigures } from '../domain/key-figures'
import { chart, heading, keyFigure, paragraph, table } from './report-blocks'
import {
  contactOutcomesChart,
  goalProgressChart,
  ideasByStatusChart,
  ideasByThemeChart,
  ideasOverTimeChart,
  streetCoverageChart,
  themeLabel,
} from '../charts'
import { type ReportBlock, type TableCell } from './report-model'
import { type ReportContext } from './report-context'

/** Streets beyond this many are shown in the table only; the chart would become unreadable. */
const MAX_CHART_STREETS = 20
/** A line over more months than this would be unreadable; the chart is then left out. */
const MAX_CHART_MONTHS = 36

/** Ideas collected per month from the start of the period to its end, as month labels and counts. */
export function ideasPerMonth(ctx: ReportContext): { months: string[]; counts: number[] } {
  const first = ctx.period.from.slice(0, 7)
  const last = ctx.period.asOf.slice(0, 7)
  const keys: string[] = []
  let year = Number(first.slice(0, 4))
  let month = Number(first.slice(5, 7))
  let key = first
  while (key <= last && keys.length <= MAX_CHART_MONTHS) {
    keys.push(key)
    month = month === 12 ? 1 : month + 1
    if (month === 1) year += 1
    key = `${year}-${String(month).padStart(2, '0')}`
  }
  const counts = keys.map(() => 0)
  // Ideas collected before the period count in its first month, so the line starts where the programme stood.
  for (const idea of ctx.snapshot.ideas) {
    const index = keys.indexOf(idea.collectedOn.slice(0, 7))
    if (index >= 0) counts[index] = (counts[index] ?? 0) + 1
    else if (idea.collectedOn.slice(0, 7) < first) counts[0] = (counts[0] ?? 0) + 1
  }
  return { months: keys.map((key) => ctx.fmt.shortMonth(`${key}-01`)), counts }
}

/** "Kerncijfers": the four goals as key figures, the detail table and the goals chart. */
export function keyFigureSection(ctx: ReportContext): ReportBlock[] {
  const { stats, t, fmt, activity, period } = ctx
  const g = t.gemeente
  const n = fmt.number
  const detail: Array<[string, number, number | undefined]> = [
    [g.rowStreets, stats.streets, undefined],
    [g.rowAddresses, stats.addresses, undefined],
    [g.rowAttempted, stats.attempted, undefined],
    [g.rowReached, stats.reached, activity.newlyReached],
    [g.rowNotHomeOnly, stats.notHomeOnly, undefined],
    [g.rowDoNotContact, stats.doNotContact, undefined],
    [g.rowContactMoments, stats.contactMoments, activity.contactMoments],
    [g.rowConversations, stats.conversations, activity.conversations],
    [g.rowIdeas, stats.ideas, activity.ideasCollected],
    [g.rowRealised, stats.ideasRealised, activity.ideasRealised],
    [g.rowSessionsHeld, stats.sessionsHeld, activity.sessionsHeld],
    [g.rowSessionsPlanned, stats.sessionsPlanned, undefined],
    [g.rowPartners, stats.partners, undefined],
    [g.rowOpenActions, stats.openActions, undefined],
  ]
  const showPeriod = !period.fromStart
  const rows: TableCell[][] = detail.map(([label, total, inPeriod]) =>
    showPeriod ? [label, inPeriod === undefined ? '' : n(inPeriod), n(total)] : [label, n(total)],
  )
  const ideasPerReached: TableCell[] = showPeriod
    ? [g.rowIdeasPerReached, '', fmt.decimal(stats.ideasPerReachedAddress)]
    : [g.rowIdeasPerReached, fmt.decimal(stats.ideasPerReachedAddress)]
  rows.splice(10, 0, ideasPerReached)
  const asOf = t.common.asOfColumn(fmt.shortDate(period.asOf))
  const columns: Array<[string, number, 'left' | 'right']> = showPeriod
    ? [
        [g.columnFigure, 60, 'left'],
        [g.columnInPeriod, 20, 'right'],
        [asOf, 20, 'right'],
      ]
    : [
        [g.columnFigure, 70, 'left'],
        [asOf, 30, 'right'],
      ]
  return [
    heading(1, g.keyFigures),
    ...paragraph(g.keyFiguresIntro(fmt.date(period.asOf))),
    {
      type: 'key-figures',
      figures: [
        keyFigure(
          g.figureReached,
          stats.reached,
          n(stats.reached),
          stats.goals.addresses,
          g.figureOfAddresses(stats.addresses),
        ),
        keyFigure(
          g.figureConversations,
          stats.conversations,
          n(stats.conversations),
          stats.goals.conversations,
        ),
        keyFigure(g.figureIdeas, stats.ideas, n(stats.ideas), stats.goals.ideas),
        keyFigure(g.figureRealised, stats.ideasRealised, n(stats.ideasRealised), stats.goals.ideasRealised),
      ],
    },
    ...chart(goalProgressChart(stats, ctx.language)),
    heading(2, g.detailHeading),
    // How "bereikt" is counted is said before the table, never left below it alone on a page.
    ...paragraph(g.detailNote, 'muted'),
    table(columns, rows),
  ]
}

/** "Bereik per straat": table with a total row, and a chart for up to 20 streets. */
export function coverageSection(ctx: ReportContext): ReportBlock[] {
  const { stats, t, fmt } = ctx
  const g = t.gemeente
  const n = fmt.number
  const rows: TableCell[][] = stats.perStreet.map((street) => [
    ctx.text(street.name),
    n(street.addresses),
    n(street.attempted),
    n(street.reached),
    fmt.percent(street.coverage),
    n(street.ideas),
  ])
  rows.push([
    { text: g.total, strong: true },
    n(stats.addresses),
    n(stats.attempted),
    n(stats.reached),
    fmt.percent(stats.coverage),
    n(stats.perStreet.reduce((sum, street) => sum + street.ideas, 0)),
  ])
  const best = [...stats.perStreet].sort((a, b) => b.coverage - a.coverage)[0]
  return [
    heading(1, g.coverage),
    ...paragraph(
      g.coverageIntro(
        stats.streets,
        fmt.percent(stats.coverage),
        best ? ctx.text(best.name) : '',
        best ? fmt.percent(best.coverage) : '',
      ),
    ),
    table(
      [
        [g.columnStreet, 34, 'left'],
        [g.columnAddresses, 13, 'right'],
        [g.columnAttempted, 14, 'right'],
        [g.columnReached, 13, 'right'],
        [g.columnCoverage, 13, 'right'],
        [g.columnIdeas, 13, 'right'],
      ],
      rows,
      true,
    ),
    ...(stats.perStreet.length <= MAX_CHART_STREETS
      ? chart(
          streetCoverageChart(
            { perStreet: stats.perStreet.map((s) => ({ ...s, name: ctx.text(s.name) })) },
            ctx.language,
          ),
        )
      : []),
    heading(2, g.outcomes),
    ...paragraph(
      stats.contactMoments === 0
        ? g.noOutcomes
        : g.outcomesText(
            stats.contactMoments,
            keyFigures(stats).notHome,
          ),
    ),
    ...chart(contactOutcomesChart(stats, ctx.language)),
  ]
}

/** "Ideeën van bewoners": by theme and by status, each with a chart and a sentence. */
export function ideaFigureSection(ctx: ReportContext): ReportBlock[] {
  const { stats, t, fmt } = ctx
  const g = t.gemeente
  const themes = [...stats.ideasByTheme].sort((a, b) => b.count - a.count).filter((theme) => theme.count > 0)
  const top = themes
    .slice(0, 2)
    .map(
      (theme) =>
        `${ctx.text(themeLabel(theme.code, theme.label, ctx.language)).toLocaleLowerCase(ctx.language)} (${fmt.number(theme.count)})`,
    )
  const byTheme = ideasByThemeChart(
    { ideasByTheme: stats.ideasByTheme.map((theme) => ({ ...theme, label: ctx.text(theme.label) })) },
    ctx.language,
  )
  return [
    heading(1, g.ideas),
    ...paragraph(g.ideasIntro(stats.ideas, fmt.decimal(stats.ideasPerReachedAddress))),
    ...(() => {
      const { months, counts } = ideasPerMonth(ctx)
      return months.length >= 2 && months.length <= MAX_CHART_MONTHS
        ? chart(ideasOverTimeChart(months, counts, ctx.language))
        : []
    })(),
    heading(2, g.ideasByTheme),
    ...paragraph(stats.ideas === 0 ? '' : g.ideasByThemeText(top)),
    ...chart(byTheme),
    heading(2, g.ideasByStatus),
    ...paragraph(
      stats.ideas === 0
        ? g.noIdeas
        : g.ideasByStatusText(
            stats.ideasRealised,
            stats.ideasByStatus['in-uitvoering'],
            stats.ideasByStatus.ingebracht,
          ),
    ),
    // The chart names every status with its number of ideas; a table of the same figures would repeat it.
    ...chart(ideasByStatusChart(stats, ctx.language)),
  ]
}
