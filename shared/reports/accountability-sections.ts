import { againstGoal, type GoalFigure, keyFigures } from '../domain/key-figures'
import { goalProgressChart, sessionsByTypeChart } from '../charts'
import { sessionTypes } from '../model'
import { accountabilityStageFor } from './report-options'
import { realisedAndUnderWay } from './gemeente-results'
import { chart, heading, paragraph, table } from './report-blocks'
import { type ReportContext } from './report-context'
import { type ReportBlock, type TableCell } from './report-model'

/** Whether the verantwoording is the final one: as the coach chose, or once the period reaches the programme's end. */
export function isFinalAccountability(ctx: ReportContext): boolean {
  const stage = ctx.request.accountabilityStage ?? accountabilityStageFor(ctx.programme.period, ctx.period.to)
  return stage === 'eind'
}

interface GoalRow {
  key: 'addresses' | 'conversations' | 'ideas' | 'ideasRealised'
  label: string
  goal: number
  achieved: number
}

function goalRows(ctx: ReportContext): GoalRow[] {
  const { stats, t } = ctx
  const a = t.accountability
  const figures = keyFigures(stats)
  const row = (key: GoalRow['key'], label: string, figure: GoalFigure): GoalRow => ({
    key,
    label,
    goal: figure.goal,
    achieved: figure.value,
  })
  const rows: GoalRow[] = [
    row('addresses', a.goalAddresses, againstGoal(figures.reached.value, figures.reached.goal)),
    row('conversations', a.goalConversations, figures.conversations),
    row('ideas', a.goalIdeas, figures.ideas),
    row('ideasRealised', a.goalRealised, figures.realised),
  ]
  return rows.filter((row) => row.goal > 0)
}

/** "Doelen en resultaten": the agreed goals against what was achieved, with the difference. */
export function goalsSection(ctx: ReportContext): ReportBlock[] {
  const { t, fmt, stats } = ctx
  const a = t.accountability
  const rows = goalRows(ctx)
  if (rows.length === 0) return [heading(1, a.goals), ...paragraph(a.noGoals)]
  // A real minus sign (U+2212) reads better in a table than a hyphen.
  const signed = (value: number): string =>
    value > 0 ? `+${fmt.number(value)}` : value < 0 ? `\u2212${fmt.number(-value)}` : '0'
  return [
    heading(1, a.goals),
    ...paragraph(a.goalsIntro(fmt.date(ctx.period.asOf))),
    table(
      [
        [a.columnGoal, 34],
        [a.columnPlanned, 16, 'right'],
        [a.columnAchieved, 17, 'right'],
        [a.columnDifference, 16, 'right'],
        [a.columnShare, 17, 'right'],
      ],
      rows.map((row): TableCell[] => [
        row.label,
        fmt.number(row.goal),
        fmt.number(row.achieved),
        signed(row.achieved - row.goal),
        fmt.percent(againstGoal(row.achieved, row.goal).share ?? 0),
      ]),
    ),
    ...chart(goalProgressChart(stats, ctx.language)),
  ]
}

/** "Toelichting op de verschillen": a factual explanation for every goal, from the figures. */
export function differencesSection(ctx: ReportContext): ReportBlock[] {
  const { t, fmt, stats, programme, period } = ctx
  const a = t.accountability
  const rows = goalRows(ctx)
  if (rows.length === 0) return []
  const declined = Math.max(0, stats.attempted - stats.reached - stats.notHomeOnly)
  const blocks: ReportBlock[] = [heading(1, a.differences)]
  const end = programme.period.end
  // An interim report says its figures are a tussenstand; a final one (as the coach chose) does not.
  if (end !== undefined && end > period.asOf && !isFinalAccountability(ctx))
    blocks.push(...paragraph(a.interim(fmt.date(end))))
  for (const row of rows) {
    const met = row.achieved >= row.goal
    const short = row.goal - row.achieved
    let text: string
    switch (row.key) {
      case 'addresses':
        text = met
          ? a.addressesMet(stats.reached)
          : a.addressesShort(
              short,
              stats.addresses,
              stats.attempted,
              stats.notHomeOnly,
              declined,
              stats.addresses - stats.attempted,
            )
        break
      case 'conversations':
        text = met
          ? a.conversationsMet(stats.conversations, stats.conversations > stats.reached)
          : a.conversationsShort(
              short,
              stats.conversations,
              fmt.decimal(stats.reached === 0 ? 0 : stats.conversations / stats.reached),
            )
        break
      case 'ideas':
        text = met
          ? a.ideasMet(stats.ideas)
          : a.ideasShort(short, stats.ideas, fmt.decimal(stats.ideasPerReachedAddress))
        break
      case 'ideasRealised': {
        const s = stats.ideasByStatus
        text = met
          ? a.realisedMet(stats.ideasRealised)
          : a.realisedShort(short, {
              inProgress: s['in-uitvoering'],
              withPartner: s.ingebracht,
              notFeasible: s['niet-haalbaar'],
              parked: s.geparkeerd,
            })
        break
      }
    }
    blocks.push(heading(2, row.label), ...paragraph(text))
  }
  return blocks
}

/** "Activiteiten naar aard en omvang": what was done in the period, how often and for how many. */
export function activitiesSection(ctx: ReportContext): ReportBlock[] {
  const { t, fmt, activity, v } = ctx
  const a = t.accountability
  const n = fmt.number
  const partnersAsked = new Set(
    ctx.snapshot.ideas.flatMap((idea) =>
      idea.owners
        .filter((owner) => owner.since >= ctx.period.from && owner.since <= ctx.period.to)
        .map((owner) => owner.partnerId),
    ),
  ).size
  const rows: TableCell[][] = [
    [
      a.activityDoors,
      n(activity.contactMoments),
      a.scaleDoors(activity.conversations, activity.newlyReached),
    ],
    ...sessionTypes
      .filter((type) => (activity.sessionsByType[type] ?? 0) > 0)
      .map((type): TableCell[] => {
        const attendees = activity.attendeesByType[type] ?? 0
        return [
          v.sessionType[type],
          n(activity.sessionsByType[type] ?? 0),
          type === 'deur-aan-deur' ? a.scaleRounds(attendees) : a.scaleAttendees(attendees),
        ]
      }),
    [a.activityIdeas, n(activity.ideasCollected), a.scaleIdeas],
    [a.activityBroughtIn, n(activity.ideasBroughtIn), a.scaleBroughtIn(partnersAsked)],
    [a.activityFeedback, n(activity.feedbackMoments), a.scaleFeedback],
    [a.activityActions, n(activity.actionsDone), ''],
  ]
  return [
    heading(1, a.activities),
    // Sessions called off are said before the table, so the note never ends up alone on a page.
    ...paragraph(
      [
        a.activitiesIntro(fmt.period(ctx.period.from, ctx.period.to)),
        activity.sessionsCancelled > 0 ? a.cancelled(activity.sessionsCancelled) : '',
      ]
        .filter((part) => part !== '')
        .join(' '),
    ),
    table(
      [
        [a.columnActivity, 38],
        [a.columnCount, 14, 'right'],
        [a.columnScale, 48],
      ],
      rows,
    ),
    ...chart(sessionsByTypeChart(activity.sessionsByType, ctx.language)),
  ]
}

/**
 * "Resultaten voor bewoners": the ideas realised, each with its street, partners, day and what changed
 * for residents, and those in progress (as in the gemeente report).
 */
export function resultsSection(ctx: ReportContext): ReportBlock[] {
  return [heading(1, ctx.t.accountability.results), ...realisedAndUnderWay(ctx)]
}

/** "Ondertekening": who drew up the report, with room for a signature. */
export function signatureSection(ctx: ReportContext): ReportBlock[] {
  const a = ctx.t.accountability
  return [
    heading(1, a.signature),
    ...paragraph(a.signatureText),
    {
      ...table(
        [
          [a.columnName, 28],
          [a.columnOrganisation, 28],
          [a.columnDate, 18],
          [a.columnSignature, 26],
        ],
        [[ctx.author, ctx.organisation, ctx.fmt.date(ctx.today), '']],
      ),
      writeIn: 'signature',
    },
  ]
}
