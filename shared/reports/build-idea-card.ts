import { bullets, facts, heading, paragraph, quote, table } from './report-blocks'
import { type ReportContext, ReportSubjectError } from './report-context'
import { frameReport } from './report-frame'
import { type ReportBlock, type ReportModel, type TableCell } from './report-model'
import {
  actionOwner,
  dueLabel,
  feedbackDue,
  initiatorLabel,
  openActions,
  ownerViews,
  statusLabel,
  streetNameOf,
  themeNames,
  titleWithStreet,
} from './idea-views'
import { whatChangedFor } from './gemeente-results'
import { programmeInFigures } from './programme-summary'

/**
 * The ideeënkaart: one idea on one or two pages, to take to a partner meeting. The facts, the
 * residents' own words, what was asked of which partner, the idea's course, what residents heard back,
 * and open follow-ups.
 *
 * @throws ReportSubjectError when the idea is not one of the programme's.
 */
export function buildIdeaCard(ctx: ReportContext): ReportModel {
  const idea = ctx.request.ideaId === undefined ? undefined : ctx.ideaById.get(ctx.request.ideaId)
  if (!idea) throw new ReportSubjectError('Dit idee bestaat niet (meer).', 'ideaId')
  const { t, fmt, v } = ctx
  const c = t.idea
  const title = ctx.text(idea.title)
  const session = idea.sessionId === undefined ? undefined : ctx.sessionById.get(idea.sessionId)
  const owners = ownerViews(ctx, idea)
  const mergedInto = idea.mergedIntoId === undefined ? undefined : ctx.ideaById.get(idea.mergedIntoId)
  const mergedFrom = ctx.snapshot.ideas.filter((other) => other.mergedIntoId === idea.id)
  const actions = openActions(ctx, (action) => action.ideaId === idea.id)
  const collected = session
    ? c.collectedDuring(fmt.date(idea.collectedOn), ctx.text(session.title))
    : fmt.date(idea.collectedOn)

  const blocks: ReportBlock[] = [
    facts([
      [c.factStatus, statusLabel(ctx, idea)],
      [c.factStreet, streetNameOf(ctx, idea.streetId)],
      [c.factThemes, themeNames(ctx, idea)],
      [c.factIngredients, idea.ingredients.map((code) => v.ingredient[code]).join(', ')],
      [c.factScope, v.ideaScope[idea.scope]],
      [c.factNeeds, idea.needs.map((code) => v.ideaNeed[code]).join(', ')],
      [c.factCollected, collected],
      [c.factInitiator, initiatorLabel(ctx, idea)],
      [c.factSupporters, idea.supporters > 0 ? c.supporters(idea.supporters) : ''],
      [c.factPartners, owners.map((owner) => owner.partnerName).join(', ')],
      [c.factWhatChanged, idea.status === 'gerealiseerd' ? whatChangedFor(ctx, idea) : ''],
    ]),
    ...(mergedInto ? paragraph(c.mergedInto(ctx.text(mergedInto.title)), 'muted') : []),
    ...(mergedFrom.length > 0
      ? paragraph(
          c.mergedFrom(
            mergedFrom.map((other) => `“${titleWithStreet(ctx, other, ctx.text(other.title))}”`).join(', '),
          ),
          'muted',
        )
      : []),
    heading(1, c.residentsWords),
    ...(idea.description.trim() === ''
      ? paragraph(c.noDescription)
      : quote(ctx.text(idea.description), initiatorLabel(ctx, idea))),
  ]
  blocks.push(heading(1, c.ask))
  if (owners.length === 0) blocks.push(...paragraph(c.notBroughtIn))
  // Partners asked the same question on the same day share one heading.
  const groups = new Map<string, typeof owners>()
  for (const owner of owners) {
    const key = `${owner.since}|${owner.answeredAt ?? ''}|${owner.ask}|${owner.answer ?? ''}`
    groups.set(key, [...(groups.get(key) ?? []), owner])
  }
  for (const group of groups.values()) {
    const first = group[0]
    if (!first) continue
    const answer =
      first.answeredAt !== undefined
        ? c.answeredOn(fmt.date(first.answeredAt))
        : c.waiting(t.common.days(first.waitingDays))
    blocks.push(
      heading(2, t.common.list(group.map((owner) => owner.partnerName))),
      ...paragraph(first.ask === '' ? c.noAsk : first.ask),
      ...paragraph(`${c.broughtInOn(fmt.date(first.since))} ${answer}`, 'muted'),
      ...(first.answer === undefined ? [] : paragraph(c.answerSaid(first.answer))),
    )
  }
  blocks.push(heading(1, c.course))
  const history: TableCell[][] = idea.history.map((entry) => [
    fmt.shortDate(entry.date),
    v.ideaStatus[entry.status],
    [ctx.text(entry.note), entry.reason ? `${c.reason}: ${ctx.text(entry.reason)}` : '']
      .filter((part) => part !== '')
      .join(' '),
  ])
  blocks.push(
    table(
      [
        [c.columnDate, 18],
        [c.columnStatus, 24],
        [c.columnNote, 58],
      ],
      history,
    ),
  )
  blocks.push(heading(1, c.feedback))
  if (idea.feedback.length === 0) blocks.push(...paragraph(c.noFeedback))
  else {
    blocks.push(
      table(
        [
          [c.columnDate, 18],
          [c.columnChannel, 24],
          [c.columnTold, 58],
        ],
        [...idea.feedback]
          .sort((a, b) => a.date.localeCompare(b.date))
          .map((fb): TableCell[] => [
            fmt.shortDate(fb.date),
            v.feedbackChannel[fb.channel],
            ctx.text(fb.note),
          ]),
      ),
    )
  }
  if (idea.feedback.length > 0 && feedbackDue(idea)) blocks.push(...paragraph(c.feedbackDue, 'muted'))
  if (actions.length > 0) {
    blocks.push(
      heading(1, c.actions),
      ...bullets(
        actions.map((action) =>
          c.actionItem(ctx.text(action.title), actionOwner(ctx, action), dueLabel(ctx, action)),
        ),
      ),
    )
  }
  blocks.push(heading(2, c.aboutProgramme), ...paragraph(programmeInFigures(ctx), 'muted'))
  return frameReport(ctx, { layout: 'compact', title, subject: title, showPeriod: false, toc: false }, blocks)
}
