import { type Action, type Idea, type Session } from '../model'
import { type DemoContext } from './demo-context'
import { fromDayNumber, toDayNumber } from './demo-dates'
import { type DemoActionSession, demoActionTexts } from './demo-action-texts'
import { type DemoPeople, partnerOf } from './demo-people'
import { type DemoGroupSessions, type DemoProgrammeSessions } from './demo-sessions'

/**
 * The ten follow-ups of one group of streets, linked to its ideas (in `demoIdeaTexts` order) and
 * sessions: four done, two overdue relative to today, four open and due later.
 */
export function generateGroupActions(
  ctx: DemoContext,
  people: DemoPeople,
  ideas: readonly Idea[],
  sessions: DemoGroupSessions,
  programmeSessions: DemoProgrammeSessions,
): Action[] {
  const sessionFor = (key: DemoActionSession): Session =>
    key === 'followUp' ? programmeSessions.followUp : sessions[key]
  return demoActionTexts.map((text): Action => {
    const session = 'session' in text.link ? sessionFor(text.link.session) : undefined
    const idea = 'idea' in text.link ? ideas[text.link.idea] : undefined
    const anchorDay = session ? toDayNumber(session.date) : ctx.startDay
    const dueDay =
      'afterStart' in text.due
        ? ctx.startDay + text.due.afterStart
        : 'afterToday' in text.due
          ? ctx.todayDay + text.due.afterToday
          : anchorDay + text.due.afterSession
    const linkedDay = session
      ? toDayNumber(session.createdAt.slice(0, 10))
      : idea
        ? toDayNumber(idea.collectedOn)
        : ctx.startDay
    const createdDay = Math.min(Math.max(dueDay - 21, linkedDay, ctx.startDay), ctx.todayDay - 1)
    const doneDay = text.done
      ? Math.min(Math.max(dueDay - ctx.rng.int(0, 3), createdDay), ctx.todayDay - 1)
      : undefined
    const action: Action = ctx.entity(
      { title: text.title, notes: text.notes, due: fromDayNumber(dueDay), done: text.done },
      createdDay,
      doneDay ?? createdDay,
      11 * 60,
    )
    if ('team' in text.owner) action.ownerTeamMemberId = people.team[text.owner.team].id
    else action.ownerPartnerId = partnerOf(people, text.owner.partner).id
    if (doneDay !== undefined) {
      action.doneAt = ctx.stamp(doneDay, 16 * 60)
      action.doneOn = fromDayNumber(doneDay)
      if (action.doneAt > action.updatedAt) action.updatedAt = action.doneAt
    }
    if (idea) action.ideaId = idea.id
    if (session) action.sessionId = session.id
    return action
  })
}
