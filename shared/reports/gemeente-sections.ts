import { reachFigure } from '../domain/key-figures'
import { contactsPerSession, sessionTurnout } from '../domain/session-turnout'
import { type Idea } from '../model'
import { bullets, heading, pageBreak, paragraph, quote, table } from './report-blocks'
import { type ReportBlock, type TableCell } from './report-model'
import { type ReportContext } from './report-context'
import { includesAppendix } from './report-options'
import { MAX_LISTED_SESSIONS, sessionsByTypeAndMonth } from './session-summary'
import {
  actionOwner,
  distinctTitles,
  dueLabel,
  feedbackDue,
  initiatorLabel,
  openActions,
  ownerNames,
  ownerViews,
  sortIdeas,
  statusLabel,
  streetNameOf,
  themeNames,
  titleWithStreet,
} from './idea-views'

/** A partner is "waiting long" for an answer after this many days. */
export const LONG_WAIT_DAYS = 30
/** At most this many ideas are highlighted. */
const MAX_HIGHLIGHTS = 5
/** At most this many ideas waiting long are named; the rest are counted. */
const MAX_LONG_WAITS = 10

/** "Samenvatting" in plain words. */
export function summarySection(ctx: ReportContext): ReportBlock[] {
  const { stats, t, fmt, activity, period } = ctx
  const g = t.gemeente
  const inProgress = stats.ideasByStatus['in-uitvoering']
  const withPartner = stats.ideasByStatus.ingebracht
  const sentences = [
    g.summaryWhere(ctx.text(ctx.programme.gemeente), stats.streets, stats.addresses),
    g.summaryReach(
      fmt.date(period.asOf),
      stats.attempted,
      stats.reached,
      fmt.percent(stats.coverage),
      stats.conversations,
    ),
    g.summaryIdeas(stats.ideas, stats.ideasRealised, inProgress, withPartner),
  ]
  if (!period.fromStart) {
    sentences.push(
      g.summaryPeriod(
        fmt.period(period.from, period.to),
        activity.ideasCollected,
        activity.sessionsHeld,
        activity.conversations,
      ),
    )
  }
  const reach = reachFigure(stats)
  const goalSentence = reach.basis === 'goal' ? g.summaryGoal(reach.goal, fmt.percent(reach.share)) : ''
  return [heading(1, g.summary), ...paragraph(sentences.join(' '), 'lead'), ...paragraph(goalSentence)]
}

function highlightedIdeas(ctx: ReportContext): Idea[] {
  const candidates = ctx.snapshot.ideas.filter(
    (idea) => idea.status !== 'samengevoegd' && idea.description.trim() !== '',
  )
  const chosen = candidates.filter((idea) => idea.highlighted)
  const pool = chosen.length > 0 ? chosen : [...candidates].sort((a, b) => b.supporters - a.supporters)
  return pool.slice(0, MAX_HIGHLIGHTS)
}

/** "Uitgelichte ideeën": residents' own words with street, status and partner. */
export function highlightSection(ctx: ReportContext): ReportBlock[] {
  const g = ctx.t.gemeente
  const ideas = highlightedIdeas(ctx)
  if (ideas.length === 0) return []
  const titles = distinctTitles(ctx, ideas)
  return [
    heading(2, g.highlighted),
    ...paragraph(g.highlightedIntro),
    ...ideas.flatMap((idea): ReportBlock[] => {
      const owners = ownerNames(ctx, idea)
      return [
        heading(3, titleWithStreet(ctx, idea, titles.get(idea.id) ?? ctx.text(idea.title))),
        ...quote(ctx.text(idea.description), initiatorLabel(ctx, idea)),
        ...paragraph(
          g.highlightedStatus(
            statusLabel(ctx, idea).toLocaleLowerCase(ctx.language),
            themeNames(ctx, idea),
            owners,
            idea.supporters,
          ),
          'muted',
        ),
      ]
    }),
  ]
}

/**
 * "Sessies": the sessions held in the period, each in a table, or above 20 counted per type and
 * month. A door-to-door round counts its conversations at the door (see `sessionTurnout`).
 */
export function sessionSection(ctx: ReportContext): ReportBlock[] {
  const { t, fmt, period, activity } = ctx
  const g = t.gemeente
  const held = ctx.snapshot.sessions
    .filter(
      (session) => session.status === 'gehouden' && session.date >= period.from && session.date <= period.to,
    )
    .sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime))
  const intro =
    held.length === 0
      ? g.noSessions
      : g.sessionsIntro({
          held: activity.sessionsHeld,
          attendees: activity.attendees,
          doorRounds: activity.doorRounds,
          doorConversations: activity.doorConversations,
          cancelled: activity.sessionsCancelled,
        })
  if (held.length === 0) return [heading(1, g.sessions), ...paragraph(intro)]
  if (held.length > MAX_LISTED_SESSIONS)
    return [
      heading(1, g.sessions),
      ...paragraph(`${intro} ${g.sessionsByMonth}`),
      sessionsByTypeAndMonth(ctx, held),
    ]
  const perSession = contactsPerSession(ctx.snapshot.contacts)
  const rows: TableCell[][] = held.map((session) => [
    fmt.shortDate(session.date),
    ctx.text(session.title),
    ctx.v.sessionType[session.type],
    session.type === 'deur-aan-deur'
      ? g.turnoutConversations(sessionTurnout(session, perSession))
      : g.turnoutAttendees(sessionTurnout(session, perSession)),
  ])
  return [
    heading(1, g.sessions),
    ...paragraph(intro),
    table(
      [
        [g.columnDate, 15, 'left'],
        [g.columnSession, 41, 'left'],
        [g.columnType, 22, 'left'],
        [g.columnAttendees, 22, 'right'],
      ],
      rows,
    ),
  ]
}

/** "Samenwerking met partners": per partner the ideas it owns, answers and waiting time. */
export function partnerSection(ctx: ReportContext): ReportBlock[] {
  const { t, fmt } = ctx
  const g = t.gemeente
  const rows: TableCell[][] = []
  const longWaits: Array<{ idea: Idea; partner: string; days: number }> = []
  for (const partner of [...ctx.snapshot.partners].sort((a, b) => a.name.localeCompare(b.name, 'nl'))) {
    const owned = ctx.snapshot.ideas.filter(
      (idea) => idea.status !== 'samengevoegd' && idea.owners.some((owner) => owner.partnerId === partner.id),
    )
    const views = owned.flatMap((idea) =>
      ownerViews(ctx, idea)
        .filter((owner) => owner.partnerId === partner.id)
        .map((owner) => ({ idea, owner })),
    )
    const answered = views.filter(({ owner }) => owner.answeredAt !== undefined).length
    const waiting = views.filter(({ owner }) => owner.answeredAt === undefined)
    const longest = waiting.reduce((max, { owner }) => Math.max(max, owner.waitingDays), 0)
    const actions = openActions(ctx, (action) => action.ownerPartnerId === partner.id).length
    if (owned.length === 0 && actions === 0) continue
    for (const { idea, owner } of waiting) {
      if (owner.waitingDays > LONG_WAIT_DAYS)
        longWaits.push({ idea, partner: owner.partnerName, days: owner.waitingDays })
    }
    rows.push([
      ctx.text(partner.name),
      fmt.number(owned.length),
      fmt.number(answered),
      fmt.number(waiting.length),
      waiting.length === 0 ? '—' : t.common.days(longest),
      fmt.number(actions),
    ])
  }
  if (rows.length === 0) return [heading(1, g.partners), ...paragraph(g.noPartnerIdeas)]
  return [
    heading(1, g.partners),
    ...paragraph(g.partnersIntro),
    table(
      [
        [g.columnPartner, 32, 'left'],
        [g.columnOwned, 13, 'right'],
        [g.columnAnswered, 14, 'right'],
        [g.columnWaiting, 14, 'right'],
        [g.columnLongestWait, 14, 'right'],
        [g.columnOpenActions, 13, 'right'],
      ],
      rows,
    ),
    ...longWaitBlocks(ctx, longWaits),
  ]
}

/** The ideas waiting longest for a partner's answer, each with its street; beyond ten, a count. */
function longWaitBlocks(
  ctx: ReportContext,
  waits: Array<{ idea: Idea; partner: string; days: number }>,
): ReportBlock[] {
  const g = ctx.t.gemeente
  if (waits.length === 0) return paragraph(g.noLongWaits(LONG_WAIT_DAYS))
  const longest = [...waits]
    .sort((a, b) => b.days - a.days || a.idea.title.localeCompare(b.idea.title, 'nl'))
    .slice(0, MAX_LONG_WAITS)
  const titles = distinctTitles(
    ctx,
    longest.map(({ idea }) => idea),
  )
  return [
    ...paragraph(g.longWaitsIntro(LONG_WAIT_DAYS)),
    ...bullets(
      longest.map(({ idea, partner, days }) =>
        g.longWaitItem(
          titles.get(idea.id) ?? ctx.text(idea.title),
          streetNameOf(ctx, idea.streetId),
          partner,
          ctx.t.common.days(days),
        ),
      ),
    ),
    ...(waits.length > longest.length
      ? paragraph(g.moreLongWaits(waits.length - longest.length, LONG_WAIT_DAYS), 'muted')
      : []),
  ]
}

/** "Volgende stappen": planned sessions, open follow-ups and feedback still owed to residents. */
export function nextStepsSection(ctx: ReportContext): ReportBlock[] {
  const { t, fmt, period } = ctx
  const g = t.gemeente
  const planned = ctx.snapshot.sessions
    .filter(
      (session) =>
        (session.status === 'gepland' || session.status === 'verplaatst') && session.date >= period.asOf,
    )
    .sort((a, b) => a.date.localeCompare(b.date))
  const actions = openActions(ctx)
  const owed = ctx.snapshot.ideas.filter(feedbackDue).length
  const feedbackEvening = planned.find((session) => session.type === 'terugkoppeling')
  const blocks: ReportBlock[] = [
    heading(1, g.nextSteps),
    ...paragraph(planned.length + actions.length === 0 ? g.noNextSteps : g.nextStepsIntro),
  ]
  if (planned.length > 0) {
    blocks.push(
      heading(2, g.plannedSessions),
      ...bullets(
        planned
          .slice(0, 8)
          .map((session) => g.plannedSession(fmt.date(session.date), ctx.text(session.title))),
      ),
    )
  }
  if (actions.length > 0) {
    const shown = actions.slice(0, 10)
    const repeated = new Set(
      shown.map((action) => action.title).filter((title, i, titles) => titles.indexOf(title) !== i),
    )
    // The same follow-up in several streets is told apart by where it belongs.
    const titleOf = (action: (typeof actions)[number]): string => {
      const title = ctx.text(action.title)
      if (!repeated.has(action.title)) return title
      const idea = action.ideaId === undefined ? undefined : ctx.ideaById.get(action.ideaId)
      const session = action.sessionId === undefined ? undefined : ctx.sessionById.get(action.sessionId)
      const where = idea ? streetNameOf(ctx, idea.streetId) : session ? ctx.text(session.title) : ''
      return where === '' ? title : `${title} — ${where}`
    }
    blocks.push(
      heading(2, g.openActions),
      ...bullets(
        shown.map((action) => g.openAction(titleOf(action), actionOwner(ctx, action), dueLabel(ctx, action))),
      ),
    )
  }
  if (actions.length > 10) blocks.push(...paragraph(g.moreActions(actions.length - 10), 'muted'))
  if (owed > 0) {
    blocks.push(
      ...paragraph(g.feedbackOwed(owed, feedbackEvening ? fmt.date(feedbackEvening.date) : undefined)),
    )
  }
  return blocks
}

/** "Bijlage": every idea in one table, when the report has an appendix (see `includesAppendix`). */
export function appendixSection(ctx: ReportContext): ReportBlock[] {
  const g = ctx.t.gemeente
  if (!includesAppendix(ctx.request.includeAppendix, ctx.snapshot.ideas.length)) return []
  const ideas = sortIdeas(ctx.snapshot.ideas)
  const titles = distinctTitles(ctx, ideas)
  const withNames = ctx.includeNames
  const rows: TableCell[][] = ideas.map((idea) => [
    titles.get(idea.id) ?? ctx.text(idea.title),
    streetNameOf(ctx, idea.streetId),
    themeNames(ctx, idea),
    statusLabel(ctx, idea),
    ownerNames(ctx, idea),
    ...(withNames ? [initiatorLabel(ctx, idea, { short: true })] : []),
  ])
  const columns: Array<[string, number]> = withNames
    ? [
        [g.columnIdea, 26],
        [g.columnStreet, 15],
        [g.columnThemes, 17],
        [g.columnStatus, 13],
        [g.columnPartner, 15],
        [g.columnInitiator, 14],
      ]
    : [
        [g.columnIdea, 30],
        [g.columnStreet, 17],
        [g.columnThemes, 20],
        [g.columnStatus, 15],
        [g.columnPartner, 18],
      ]
  return [
    pageBreak,
    heading(1, g.appendix),
    ...paragraph(g.appendixIntro(ideas.length)),
    ...(rows.length === 0 ? paragraph(g.noIdeas) : [table(columns, rows)]),
  ]
}

/** "Over deze rapportage": how the figures were made and what was left out. */
export function aboutSection(ctx: ReportContext): ReportBlock[] {
  const { t, fmt } = ctx
  return [
    heading(2, t.gemeente.about),
    ...paragraph(t.common.aboutFigures(fmt.date(ctx.period.asOf), fmt.date(ctx.today))),
    ...paragraph(ctx.includeNames ? t.common.aboutWithNames : t.common.aboutAnonymous),
    ...(includesAppendix(ctx.request.includeAppendix, ctx.snapshot.ideas.length)
      ? []
      : paragraph(t.gemeente.appendixLeftOut(ctx.snapshot.ideas.length))),
  ]
}
