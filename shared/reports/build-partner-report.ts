import { type Partner } from '../model'
import { bullets, facts, heading, keyFigure, paragraph, quote, table } from './report-blocks'
import { type ReportContext, ReportSubjectError } from './report-context'
import { frameReport } from './report-frame'
import { type ReportBlock, type ReportModel, type TableCell } from './report-model'
import { MAX_LISTED_SESSIONS, sessionsByTypeAndMonth } from './session-summary'
import {
  actionOwner,
  distinctTitles,
  dueLabel,
  initiatorLabel,
  notFeasibleReason,
  openActions,
  ownerViews,
  sortIdeas,
  statusLabel,
  streetNameOf,
  themeNames,
  titleWithStreet,
} from './idea-views'
import { programmeInFigures } from './programme-summary'
import { partnerHandoverSection } from './residents-sections'

function contactSection(ctx: ReportContext, partner: Partner): ReportBlock[] {
  const p = ctx.t.partner
  const contacts = partner.contacts
  if (contacts.length === 0) return [heading(1, p.contacts), ...paragraph(p.noContacts)]
  return [
    heading(1, p.contacts),
    ...paragraph(p.contactsIntro),
    table(
      [
        [p.columnName, 26],
        [p.columnRole, 26],
        [p.columnEmail, 30],
        [p.columnPhone, 18],
      ],
      contacts.map((contact) => [
        ctx.text(contact.name),
        ctx.text(contact.role),
        ctx.text(contact.email),
        ctx.text(contact.phone),
      ]),
    ),
  ]
}

/**
 * The partnerrapportage for one partner: the ideas it owns, what was asked of it, each idea's status
 * and waiting time, open follow-ups, sessions it was invited to, signals handed over to it (counts and
 * waiting time, no names), and its contact persons.
 *
 * @throws ReportSubjectError when the partner is not one of the programme's.
 */
export function buildPartnerReport(ctx: ReportContext): ReportModel {
  const partner = ctx.request.partnerId === undefined ? undefined : ctx.partnerById.get(ctx.request.partnerId)
  if (!partner) throw new ReportSubjectError('Deze partner bestaat niet (meer).', 'partnerId')
  const { t, fmt, period } = ctx
  const p = t.partner
  const name = ctx.text(partner.name)
  const ideas = sortIdeas(
    ctx.snapshot.ideas.filter(
      (idea) => idea.status !== 'samengevoegd' && idea.owners.some((owner) => owner.partnerId === partner.id),
    ),
  )
  const rows = ideas.map((idea) => ({
    idea,
    owner: ownerViews(ctx, idea).find((owner) => owner.partnerId === partner.id),
  }))
  const answered = rows.filter((row) => row.owner?.answeredAt !== undefined).length
  const waiting = rows.filter((row) => row.owner !== undefined && row.owner.answeredAt === undefined)
  const averageWait =
    waiting.length === 0
      ? 0
      : Math.round(waiting.reduce((sum, row) => sum + (row.owner?.waitingDays ?? 0), 0) / waiting.length)
  const ideaIds = new Set(ideas.map((idea) => idea.id))
  const titles = distinctTitles(ctx, ideas)
  const actions = openActions(
    ctx,
    (action) =>
      action.ownerPartnerId === partner.id || (action.ideaId !== undefined && ideaIds.has(action.ideaId)),
  )
  const sessions = ctx.snapshot.sessions
    .filter(
      (session) =>
        session.date >= period.from && session.date <= period.to && session.status !== 'geannuleerd',
    )
    .filter(
      (session) =>
        session.invitedPartnerIds.includes(partner.id) ||
        (session.report?.attendingPartnerIds ?? []).includes(partner.id),
    )
    .sort((a, b) => a.date.localeCompare(b.date))

  const blocks: ReportBlock[] = [
    heading(1, p.introduction),
    ...paragraph(p.intro(name, ctx.text(ctx.programme.name)), 'lead'),
    ...paragraph(`${programmeInFigures(ctx)} ${p.share(ideas.length, name)}`),
    heading(1, p.keyFigures),
    {
      type: 'key-figures',
      figures: [
        keyFigure(p.figureOwned, ideas.length, fmt.number(ideas.length)),
        keyFigure(p.figureAnswered, answered, fmt.number(answered)),
        keyFigure(p.figureWaiting, waiting.length, fmt.number(waiting.length)),
        // With nothing waiting there is no waiting time: "—", not "0 dagen".
        keyFigure(
          p.figureAverageWait,
          averageWait,
          waiting.length === 0 ? '—' : t.common.days(averageWait),
          undefined,
          p.figureAverageWaitNote,
        ),
      ],
    },
    heading(1, p.ideas),
  ]
  if (ideas.length === 0) blocks.push(...paragraph(p.noIdeas(name)))
  else {
    blocks.push(
      ...paragraph(p.ideasIntro),
      table(
        [
          [p.columnIdea, 34],
          [p.columnStreet, 18],
          [p.columnStatus, 18],
          [p.columnSince, 15],
          [p.columnWait, 15, 'right'],
        ],
        rows.map(({ idea, owner }): TableCell[] => [
          titles.get(idea.id) ?? ctx.text(idea.title),
          streetNameOf(ctx, idea.streetId),
          statusLabel(ctx, idea),
          owner ? fmt.shortDate(owner.since) : '',
          owner === undefined
            ? ''
            : owner.answeredAt !== undefined
              ? p.answered
              : t.common.days(owner.waitingDays),
        ]),
      ),
    )
    for (const { idea, owner } of rows) {
      const ideaActions = actions.filter((action) => action.ideaId === idea.id)
      blocks.push(
        heading(2, titleWithStreet(ctx, idea, titles.get(idea.id) ?? ctx.text(idea.title))),
        facts([
          [p.factStatus, statusLabel(ctx, idea)],
          [p.factReason, notFeasibleReason(ctx, idea)],
          [p.factStreet, streetNameOf(ctx, idea.streetId)],
          [p.factThemes, themeNames(ctx, idea)],
          [p.factBroughtIn, owner ? fmt.date(owner.since) : ''],
          [
            p.factAnswer,
            owner === undefined
              ? ''
              : owner.answeredAt !== undefined
                ? fmt.date(owner.answeredAt)
                : p.waitingFor(t.common.days(owner.waitingDays)),
          ],
          [p.factSupporters, idea.supporters > 0 ? fmt.number(idea.supporters) : ''],
        ]),
        ...(owner && owner.ask !== '' ? [heading(3, p.ask), ...paragraph(owner.ask)] : []),
        ...(owner?.answer === undefined ? [] : [heading(3, p.answerWords), ...paragraph(owner.answer)]),
        ...(idea.description.trim() === ''
          ? []
          : [heading(3, p.residentsWords), ...quote(ctx.text(idea.description), initiatorLabel(ctx, idea))]),
        ...(ideaActions.length === 0
          ? []
          : [
              heading(3, p.ideaActions),
              ...bullets(
                ideaActions.map((action) =>
                  p.actionItem(ctx.text(action.title), actionOwner(ctx, action), dueLabel(ctx, action)),
                ),
              ),
            ]),
      )
    }
  }
  /** The idea a follow-up belongs to, with its street; empty for none. */
  function actionIdea(ideaId: string | undefined): string {
    const idea = ideaId === undefined ? undefined : ctx.ideaById.get(ideaId)
    return idea ? titleWithStreet(ctx, idea, titles.get(idea.id) ?? ctx.text(idea.title)) : ''
  }
  blocks.push(heading(1, p.actions))
  if (actions.length === 0) blocks.push(...paragraph(p.noActions))
  else {
    blocks.push(
      table(
        [
          [p.columnAction, 40],
          [p.columnIdea, 26],
          [p.columnOwner, 18],
          [p.columnDue, 16],
        ],
        actions.map((action): TableCell[] => [
          ctx.text(action.title),
          actionIdea(action.ideaId),
          actionOwner(ctx, action),
          dueLabel(ctx, action),
        ]),
      ),
    )
  }
  blocks.push(heading(1, p.sessions))
  if (sessions.length === 0) blocks.push(...paragraph(p.noSessions))
  else if (sessions.length > MAX_LISTED_SESSIONS) {
    const held = sessions.filter((session) => session.status === 'gehouden')
    const present = held.filter((session) => (session.report?.attendingPartnerIds ?? []).includes(partner.id))
    blocks.push(
      ...paragraph(p.sessionsSummary(present.length, held.length, name)),
      sessionsByTypeAndMonth(ctx, sessions),
    )
  } else {
    blocks.push(
      table(
        [
          [p.columnDate, 16],
          [p.columnSession, 44],
          [p.columnType, 22],
          [p.columnPresent, 18],
        ],
        sessions.map((session): TableCell[] => [
          fmt.shortDate(session.date),
          ctx.text(session.title),
          ctx.v.sessionType[session.type],
          session.status !== 'gehouden'
            ? p.planned
            : (session.report?.attendingPartnerIds ?? []).includes(partner.id)
              ? t.common.yes
              : t.common.no,
        ]),
      ),
    )
  }
  blocks.push(...partnerHandoverSection(ctx, partner))
  blocks.push(...contactSection(ctx, partner))
  return frameReport(
    ctx,
    {
      layout: 'full',
      title: name,
      subtitle: p.subtitle(ctx.text(ctx.programme.name)),
      subject: name,
      details: [[p.coverPartner, name]],
      showPeriod: true,
      toc: true,
      // One entry per chapter: with an entry per idea the contents of a busy partner run to pages.
      contentsLevels: 1,
    },
    blocks,
  )
}
