import { contactsPerSession, sessionTurnout } from '../domain/session-turnout'
import { contactOutcomes } from '../model'
import { facts, heading, paragraph, paragraphs, table } from './report-blocks'
import { type ReportContext, ReportSubjectError } from './report-context'
import { frameReport } from './report-frame'
import { type ReportBlock, type ReportModel, type TableCell } from './report-model'
import { actionOwner, distinctTitles, dueLabel, statusLabel, streetNameOf, themeNames } from './idea-views'
import { programmeInFigures } from './programme-summary'

/**
 * The sessieverslag of one session: what kind of session, when and where, who came, its goal and
 * verslag, the doors knocked on during it, the ideas collected and the follow-ups agreed.
 *
 * @throws ReportSubjectError when the session is not one of the programme's.
 */
export function buildSessionReport(ctx: ReportContext): ReportModel {
  const session = ctx.request.sessionId === undefined ? undefined : ctx.sessionById.get(ctx.request.sessionId)
  if (!session) throw new ReportSubjectError('Deze sessie bestaat niet (meer).', 'sessionId')
  const { t, fmt, v } = ctx
  const s = t.session
  const title = ctx.text(session.title)
  const names = (ids: readonly string[], lookup: ReadonlyMap<string, { name: string }>): string =>
    ids
      .map((id) => lookup.get(id)?.name)
      .filter((name): name is string => name !== undefined)
      .map((name) => ctx.text(name))
      .join(', ')
  const report = session.report
  const isDoorRound = session.type === 'deur-aan-deur'
  const contacts = ctx.snapshot.contacts.filter((contact) => contact.sessionId === session.id)
  const ideas = ctx.snapshot.ideas.filter((idea) => idea.sessionId === session.id)
  const actions = ctx.snapshot.actions.filter((action) => action.sessionId === session.id)
  const titles = distinctTitles(ctx, ideas)

  const blocks: ReportBlock[] = [
    facts([
      [s.factType, v.sessionType[session.type]],
      [s.factDate, fmt.date(session.date)],
      [s.factTime, `${session.startTime}–${session.endTime}`],
      [s.factLocation, ctx.text(session.location)],
      [
        s.factStreets,
        session.streetIds
          .map((id) => streetNameOf(ctx, id))
          .filter((name) => name !== '')
          .join(', '),
      ],
      [s.factTeam, names(session.teamMemberIds, ctx.teamById)],
      [s.factInvited, names(session.invitedPartnerIds, ctx.partnerById)],
      [s.factPresentPartners, report ? names(report.attendingPartnerIds, ctx.partnerById) : ''],
      // For a round: the conversations recorded at its doors, the same count as the table below.
      [
        isDoorRound ? s.factConversations : s.factAttendees,
        report ? fmt.number(sessionTurnout(session, contactsPerSession(contacts))) : '',
      ],
      [s.factStatus, v.sessionStatus[session.status]],
    ]),
    heading(1, s.goal),
    ...(session.goal.trim() === '' ? paragraph(s.noGoal) : paragraphs(ctx.text(session.goal))),
    heading(1, s.report),
    ...(report && report.notes.trim() !== ''
      ? paragraphs(ctx.text(report.notes))
      : paragraph(session.status === 'gehouden' ? s.noReport : s.notHeldYet(session.status))),
  ]
  if (contacts.length > 0) {
    const addresses = new Set(contacts.map((contact) => contact.addressId)).size
    const rows: TableCell[][] = contactOutcomes
      .map((outcome) => [outcome, contacts.filter((contact) => contact.outcome === outcome).length] as const)
      .filter(([, count]) => count > 0)
      .map(([outcome, count]) => [v.contactOutcome[outcome], fmt.number(count)])
    rows.push([{ text: s.total, strong: true }, fmt.number(contacts.length)])
    blocks.push(
      heading(1, s.doors),
      ...paragraph(s.doorsIntro(addresses)),
      table(
        [
          [s.columnOutcome, 70],
          [s.columnCount, 30, 'right'],
        ],
        rows,
        true,
      ),
    )
  }
  blocks.push(heading(1, s.ideas))
  if (ideas.length === 0) blocks.push(...paragraph(s.noIdeas))
  else {
    blocks.push(
      ...paragraph(s.ideasIntro(ideas.length)),
      table(
        [
          [s.columnIdea, 36],
          [s.columnStreet, 20],
          [s.columnThemes, 26],
          [s.columnStatus, 18],
        ],
        ideas.map((idea): TableCell[] => [
          titles.get(idea.id) ?? ctx.text(idea.title),
          streetNameOf(ctx, idea.streetId),
          themeNames(ctx, idea),
          statusLabel(ctx, idea),
        ]),
      ),
    )
  }
  blocks.push(heading(1, s.actions))
  if (actions.length === 0) blocks.push(...paragraph(s.noActions))
  else {
    blocks.push(
      table(
        [
          [s.columnAction, 46],
          [s.columnOwner, 22],
          [s.columnDue, 18],
          [s.columnState, 14],
        ],
        actions.map((action): TableCell[] => [
          ctx.text(action.title),
          actionOwner(ctx, action),
          dueLabel(ctx, action),
          action.done ? s.done : s.open,
        ]),
      ),
    )
  }
  blocks.push(heading(2, s.aboutProgramme), ...paragraph(programmeInFigures(ctx), 'muted'))
  return frameReport(ctx, { layout: 'compact', title, subject: title, showPeriod: false, toc: false }, blocks)
}
