import { residentsOverTimeChart } from '../charts/residents-charts'
import { type HandoverFigures } from '../domain/residents-figures-types'
import { connectionKinds, type Partner, residentRoles, signalCategories, signalRoutes } from '../model'
import { chart, heading, keyFigure, paragraph, table } from './report-blocks'
import { type ReportContext } from './report-context'
import { type ReportBlock, type TableCell } from './report-model'
import { residentsReportTexts } from './residents-texts'

/** A line over fewer months says nothing; over more than three years it is unreadable. */
const MIN_CHART_MONTHS = 2

/**
 * Counts per kind as one sentence ("Per rol: trekker 50, meedenker 30 en helper 30."), kinds with
 * none left out: small breakdowns read better in a line than in a table, and keep the chapter short.
 */
function countsSentence(
  ctx: ReportContext,
  lead: string,
  counts: ReadonlyArray<[label: string, count: number]>,
) {
  const list = new Intl.ListFormat(ctx.language === 'en' ? 'en-GB' : 'nl', { type: 'conjunction' })
  const items = counts
    .filter(([, count]) => count > 0)
    .map(([label, count]) => `${label.charAt(0).toLowerCase()}${label.slice(1)} ${ctx.fmt.number(count)}`)
  return items.length === 0 ? [] : paragraph(`${lead} ${list.format(items)}.`)
}

/** Per-street tables list this many streets; the rest go together in one row. */
const MAX_LISTED_STREETS = 10

/** The streets with the most first (then by name), at most {@link MAX_LISTED_STREETS}, and the rest together. */
function listedStreets<T extends { count: number }>(
  rows: readonly T[],
  name: (row: T) => string,
): { shown: T[]; rest: { streets: number; count: number } } {
  const sorted = [...rows].sort((a, b) => b.count - a.count || name(a).localeCompare(name(b), 'nl'))
  const rest = sorted.slice(MAX_LISTED_STREETS)
  return {
    shown: sorted.slice(0, MAX_LISTED_STREETS),
    rest: { streets: rest.length, count: rest.reduce((sum, row) => sum + row.count, 0) },
  }
}

function activeResidentsBlocks(ctx: ReportContext): ReportBlock[] {
  const r = residentsReportTexts(ctx.language)
  const { residents } = ctx.residents
  const n = ctx.fmt.number
  if (residents.active === 0 && residents.startedInPeriod === 0)
    return [heading(2, r.activeHeading), ...paragraph(r.noActive)]
  const streets = listedStreets(
    residents.perStreet
      .filter((street) => street.active > 0)
      .map((street) => ({ name: ctx.text(street.name), count: street.active })),
    (street) => street.name,
  )
  return [
    heading(2, r.activeHeading),
    ...paragraph(
      r.activeText(
        residents.active,
        residents.addresses,
        residents.streets,
        residents.startedInPeriod,
        ctx.fmt.period(ctx.residents.from, ctx.residents.asOf),
      ),
    ),
    ...countsSentence(
      ctx,
      r.byRole,
      residentRoles.map((role) => [ctx.v.residentRole[role], residents.byRole[role]]),
    ),
    ...(streets.shown.length === 0
      ? []
      : [
          table(
            [
              [r.columnStreet, 70, 'left'],
              [r.columnActive, 30, 'right'],
            ],
            [
              ...streets.shown.map((street): TableCell[] => [street.name, n(street.count)]),
              ...(streets.rest.streets > 0
                ? [[r.otherStreetsCount(streets.rest.streets), n(streets.rest.count)] satisfies TableCell[]]
                : []),
              [{ text: r.total, strong: true }, n(residents.active)],
            ],
            true,
          ),
        ]),
  ]
}

function connectionBlocks(ctx: ReportContext): ReportBlock[] {
  const r = residentsReportTexts(ctx.language)
  const c = ctx.residents.connections
  if (c.made === 0) return [heading(2, r.connectionsHeading), ...paragraph(r.noConnections)]
  return [
    heading(2, r.connectionsHeading),
    ...paragraph(
      r.connectionsText({
        made: c.made,
        inPeriod: c.madeInPeriod,
        running: c.running,
        addresses: c.addresses,
        streets: c.streets,
        fromIdea: c.fromIdea,
        fromSignal: c.fromSignal,
      }),
    ),
    ...paragraph(
      r.durableText(
        r.durableShare(c.after3Months.active, c.after3Months.eligible),
        r.durableShare(c.after6Months.active, c.after6Months.eligible),
        c.after3Months.unchecked,
      ),
    ),
    ...countsSentence(
      ctx,
      r.byKind,
      connectionKinds.map((kind) => [ctx.v.connectionKind[kind], c.byKind[kind]]),
    ),
  ]
}

/** "12 dagen", or a dash when there is nothing to measure. */
function daysOrDash(ctx: ReportContext, days: number, measured: boolean): string {
  const r = residentsReportTexts(ctx.language)
  return measured ? r.days(days) : r.none
}

function handoverRow(ctx: ReportContext, label: string, h: HandoverFigures): TableCell[] {
  const n = ctx.fmt.number
  return [
    label,
    n(h.handovers),
    n(h.pickedUp),
    n(h.waiting),
    daysOrDash(ctx, h.averageDaysToPickUp, h.pickedUp > 0),
    daysOrDash(ctx, h.longestWaitingDays, h.waiting > 0),
  ]
}

function signalBlocks(ctx: ReportContext): ReportBlock[] {
  const r = residentsReportTexts(ctx.language)
  const s = ctx.residents.signals
  const n = ctx.fmt.number
  if (s.total === 0) return [heading(2, r.signalsHeading), ...paragraph(r.noSignals)]
  const consented = s.total - s.countOnly
  const streetName = (id: string) => ctx.text(ctx.streetById.get(id)?.name ?? '')
  const blocks: ReportBlock[] = [
    heading(2, r.signalsHeading),
    ...paragraph(r.signalsPrivacy, 'muted'),
    ...paragraph(r.signalsText(s.total, s.inPeriod, s.countOnly)),
    ...countsSentence(
      ctx,
      r.byCategoryLead,
      signalCategories.map((category) => [ctx.v.signalCategory[category], s.byCategory[category]]),
    ),
  ]
  if (consented > 0)
    blocks.push(
      ...countsSentence(ctx, r.byRouteIntro, [
        ...signalRoutes.map((route): [string, number] => [ctx.v.signalRoute[route], s.byRoute[route]]),
        [r.withoutRoute, s.withoutRoute],
      ]),
    )
  blocks.push(heading(3, r.handoversHeading))
  if (s.handovers.handovers === 0) blocks.push(...paragraph(r.noHandovers))
  else
    blocks.push(
      ...paragraph(r.handoversIntro),
      table(
        [
          [r.columnPartnerKind, 30, 'left'],
          [r.columnHandovers, 14, 'right'],
          [r.columnPickedUp, 13, 'right'],
          [r.columnWaiting, 13, 'right'],
          [r.columnAverageWait, 15, 'right'],
          [r.columnLongestWait, 15, 'right'],
        ],
        [
          ...s.handoversByPartnerKind.map((entry) => handoverRow(ctx, ctx.v.partnerKind[entry.kind], entry)),
          handoverRow(ctx, r.total, s.handovers).map((cell, i) =>
            i === 0 && typeof cell === 'string' ? { text: cell, strong: true } : cell,
          ),
        ],
        true,
      ),
    )
  blocks.push(heading(3, r.perStreet))
  if (!s.perStreet.breakdown) blocks.push(...paragraph(r.perStreetSuppressed))
  else {
    const streets = listedStreets(s.perStreet.shown, (item) => streetName(item.key))
    const pooled = s.perStreet.pooled.count + streets.rest.count
    blocks.push(
      table(
        [
          [r.columnStreet, 70, 'left'],
          [r.columnSignals, 30, 'right'],
        ],
        [
          ...streets.shown.map((item): TableCell[] => [streetName(item.key), n(item.count)]),
          ...(s.perStreet.pooled.keys.length + streets.rest.streets > 0 ? [[r.otherStreets, n(pooled)]] : []),
          [{ text: r.total, strong: true }, n(s.total)],
        ],
        true,
      ),
    )
  }
  return blocks
}

/**
 * "Bewoners aan zet" in the gemeente report: key figures, active residents by role and street,
 * connections and how long they last, and signals as counts only — by kind and route, warm handovers
 * and their waiting time per kind of partner, and per street only through small-number suppression.
 */
export function residentsGemeenteSection(ctx: ReportContext): ReportBlock[] {
  const r = residentsReportTexts(ctx.language)
  const f = ctx.residents
  const n = ctx.fmt.number
  const months = f.overTime.filter((month) => month.month >= f.from.slice(0, 7))
  return [
    heading(1, r.heading),
    ...paragraph(r.intro, 'lead'),
    ...paragraph(
      r.summary({
        asOf: ctx.fmt.date(f.asOf),
        active: f.residents.active,
        streets: f.residents.streets,
        trekker: f.residents.ideasWithTrekker,
        ideas: f.residents.ideas,
        connections: f.connections.made,
        signals: f.signals.total,
      }),
    ),
    {
      type: 'key-figures',
      figures: [
        keyFigure(r.figureActive, f.residents.active, n(f.residents.active), f.goals.activeResidents),
        keyFigure(
          r.figureTrekker,
          f.residents.ideasWithTrekker,
          n(f.residents.ideasWithTrekker),
          undefined,
          r.figureTrekkerNote(f.residents.ideas),
        ),
        keyFigure(r.figureConnections, f.connections.made, n(f.connections.made), f.goals.connections),
        keyFigure(
          r.figureHandovers,
          f.signals.handovers.handovers,
          n(f.signals.handovers.handovers),
          undefined,
          r.figureHandoversNote(f.signals.handovers.pickedUp),
        ),
      ],
    },
    ...(months.length >= MIN_CHART_MONTHS
      ? chart(residentsOverTimeChart(months, ctx.language, (month) => ctx.fmt.shortMonth(`${month}-01`)))
      : []),
    ...activeResidentsBlocks(ctx),
    ...connectionBlocks(ctx),
    ...signalBlocks(ctx),
  ]
}

/**
 * "Bewoners aan zet" in the verantwoording: the optional goals for active residents and connections
 * against what was achieved, then the same figures as the gemeente report, as aggregates.
 */
export function residentsAccountabilitySection(ctx: ReportContext): ReportBlock[] {
  const r = residentsReportTexts(ctx.language)
  const f = ctx.residents
  const { fmt } = ctx
  const goals: Array<[string, number, number]> = [
    [r.goalActive, f.goals.activeResidents, f.residents.active],
    [r.goalConnections, f.goals.connections, f.connections.made],
  ]
  const set = goals.filter(([, goal]) => goal > 0)
  return [
    heading(1, r.heading),
    ...paragraph(r.intro, 'lead'),
    heading(2, r.goalsHeading),
    ...(set.length === 0
      ? paragraph(r.noGoals)
      : [
          ...paragraph(r.goalsIntro(fmt.date(f.asOf))),
          table(
            [
              [r.columnGoal, 40],
              [r.columnPlanned, 20, 'right'],
              [r.columnAchieved, 20, 'right'],
              [r.columnShare, 20, 'right'],
            ],
            set.map(([label, goal, achieved]): TableCell[] => [
              label,
              fmt.number(goal),
              fmt.number(achieved),
              fmt.percent(achieved / goal),
            ]),
          ),
        ]),
    ...activeResidentsBlocks(ctx),
    ...connectionBlocks(ctx),
    ...signalBlocks(ctx),
  ]
}

/** The partner report's "warme overdrachten": how many signals were handed over to this partner, picked up, and how long they waited. No names. */
export function partnerHandoverSection(ctx: ReportContext, partner: Partner): ReportBlock[] {
  const r = residentsReportTexts(ctx.language)
  const name = ctx.text(partner.name)
  const h = ctx.residents.signals.handoversByPartner.find((entry) => entry.partnerId === partner.id)
  if (!h) return [heading(1, r.partnerHeading), ...paragraph(r.partnerNone(name))]
  const n = ctx.fmt.number
  return [
    heading(1, r.partnerHeading),
    ...paragraph(r.partnerIntro(name)),
    {
      type: 'key-figures',
      figures: [
        keyFigure(r.partnerFigureHandovers, h.handovers, n(h.handovers)),
        keyFigure(r.partnerFigurePickedUp, h.pickedUp, n(h.pickedUp)),
        keyFigure(r.partnerFigureWaiting, h.waiting, n(h.waiting)),
        keyFigure(
          r.partnerFigureAverage,
          h.averageDaysToPickUp,
          daysOrDash(ctx, h.averageDaysToPickUp, h.pickedUp > 0),
          undefined,
          r.partnerFigureAverageNote,
        ),
      ],
    },
    ...(h.waiting > 0 ? paragraph(r.partnerLongest(r.days(h.longestWaitingDays))) : []),
  ]
}
