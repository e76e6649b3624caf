import {
  type Address,
  type Idea,
  type IdeaFeedback,
  type IdeaHistoryEntry,
  type IdeaOwner,
  type IdeaStatus,
  type Session,
} from '../model'
import { ideaMainLine } from '../domain/idea-lifecycle'
import { type DemoContext } from './demo-context'
import { fromDayNumber, toDayNumber } from './demo-dates'
import { type DemoIdeaSource, type DemoIdeaText, demoIdeaTexts, ideaHistoryNotes } from './demo-idea-texts'
import { type DemoPeople, partnerOf } from './demo-people'
import { type DemoStreetGroup } from './demo-places'
import { type DemoGroupSessions } from './demo-sessions'

/** The statuses an idea went through to reach `status`: a prefix of the main line, then a side exit if any. */
export function demoStatusPath(status: IdeaStatus): IdeaStatus[] {
  switch (status) {
    case 'geparkeerd':
      return ['opgehaald', 'uitgewerkt', 'geparkeerd']
    case 'niet-haalbaar':
      return ['opgehaald', 'uitgewerkt', 'ingebracht', 'niet-haalbaar']
    case 'samengevoegd':
      return ['opgehaald', 'samengevoegd']
    default:
      return ideaMainLine.slice(0, ideaMainLine.indexOf(status) + 1)
  }
}

function sourceSession(sessions: DemoGroupSessions, source: DemoIdeaSource, street: number): Session {
  switch (source) {
    case 'ronde1':
      return sessions.round1[street] ?? sessions.round2
    case 'keukentafel':
      return sessions.kitchenTable
    case 'ronde2':
      return sessions.round2
    case 'bewonersavond':
      return sessions.residentsEvening
    case 'ideeenmarkt':
      return sessions.ideaMarket
  }
}

/** Days of each step: spread from collection to at most 28 days a step, ending two days before today. */
function stepDays(ctx: DemoContext, firstDay: number, steps: number, quick: boolean): number[] {
  const end = Math.max(firstDay + steps, Math.min(ctx.todayDay - 2, firstDay + steps * (quick ? 9 : 28)))
  const days = [firstDay]
  for (let i = 1; i <= steps; i++) {
    const planned =
      firstDay + Math.round(((end - firstDay) * i) / steps) - (i < steps ? ctx.rng.int(0, 3) : 0)
    days.push(Math.max(planned, (days[i - 1] ?? firstDay) + 1))
  }
  return days
}

/**
 * The 30 ideas of one group of streets, from `demoIdeaTexts`: collected in a session of their street,
 * with a status history along the allowed path, owner partners from `ingebracht` on, feedback to
 * residents for some, and a pseudonymous initiator (with a fictional first name).
 */
export function generateGroupIdeas(
  ctx: DemoContext,
  people: DemoPeople,
  group: DemoStreetGroup,
  sessions: DemoGroupSessions,
  reached: readonly Address[][],
): Idea[] {
  const ids = demoIdeaTexts.map(() => ctx.newId())
  const coach = people.team.coach.name
  return demoIdeaTexts.map((text: DemoIdeaText, index): Idea => {
    const street = group.streets[text.street] ?? group.streets[0]
    if (!street) throw new Error('Demo: groep zonder straten')
    const session = sourceSession(sessions, text.source, text.street)
    const path = demoStatusPath(text.status)
    const days = stepDays(ctx, toDayNumber(session.date), path.length - 1, text.status === 'samengevoegd')
    const dayOf = (status: IdeaStatus): number => days[path.indexOf(status)] ?? days[0] ?? ctx.todayDay
    const owners = (text.owners ?? []).map((kind) => partnerOf(people, kind))
    const ownerNames = owners.map((p) => p.name).join(' en ')
    const firstOwner = owners[0]?.name ?? 'De partner'
    const target = text.mergeInto === undefined ? undefined : demoIdeaTexts[text.mergeInto]

    const history: IdeaHistoryEntry[] = path.map((status, i) => {
      const day = days[i] ?? ctx.todayDay
      const notes: Record<IdeaStatus, string> = {
        opgehaald: ideaHistoryNotes.opgehaald(session.title),
        uitgewerkt: ideaHistoryNotes.uitgewerkt(),
        ingebracht: ideaHistoryNotes.ingebracht(ownerNames),
        'in-uitvoering': ideaHistoryNotes['in-uitvoering'](firstOwner),
        gerealiseerd: ideaHistoryNotes.gerealiseerd(),
        geparkeerd: text.exitNote ?? '',
        'niet-haalbaar': ideaHistoryNotes['niet-haalbaar'](firstOwner),
        samengevoegd: ideaHistoryNotes.samengevoegd(target?.title ?? ''),
      }
      const entry: IdeaHistoryEntry = {
        at: ctx.stamp(day, i === 0 ? 21 * 60 + 30 : 10 * 60 + i * 5),
        date: fromDayNumber(day),
        status,
        by: coach,
        note: notes[status],
      }
      if (status === 'niet-haalbaar') entry.reason = text.reason ?? ''
      return entry
    })

    const ownedSince = path.includes('ingebracht') ? dayOf('ingebracht') : undefined
    const answerIndex = path.indexOf('ingebracht') + 1
    const answerDay =
      days[answerIndex] ??
      (text.answered ? Math.min((ownedSince ?? ctx.todayDay) + 9, ctx.todayDay - 1) : undefined)
    const ideaOwners: IdeaOwner[] =
      ownedSince === undefined
        ? []
        : owners.map((partner) => {
            const owner: IdeaOwner = {
              partnerId: partner.id,
              since: fromDayNumber(ownedSince),
              ask: text.ask ?? '',
            }
            if (answerDay !== undefined) owner.answeredAt = fromDayNumber(answerDay)
            return owner
          })

    const feedback: IdeaFeedback[] = (text.feedback ?? []).map((fb) => {
      const statusDay = dayOf(fb.status)
      const nextDay = days[path.indexOf(fb.status) + 1] ?? ctx.todayDay
      const day = Math.max(statusDay, Math.min(statusDay + 3, nextDay - 1, ctx.todayDay - 1))
      return { date: fromDayNumber(day), channel: fb.channel, note: fb.note, statusAtFeedback: fb.status }
    })

    const streetReached = reached[text.street] ?? []
    const home =
      (text.atAddress || index % 4 === 0) && streetReached.length > 0
        ? ctx.rng.pick(streetReached)
        : undefined
    const changes = [
      ...history.map((entry) => entry.at),
      ...feedback.map((fb) => ctx.stamp(toDayNumber(fb.date), 12 * 60)),
    ]
    const createdAt = history[0]?.at ?? ctx.stamp(days[0] ?? ctx.todayDay)
    const updatedAt = changes.reduce((latest, at) => (at > latest ? at : latest), createdAt)
    const idea: Idea = {
      id: ids[index] ?? ctx.newId(),
      programmeId: ctx.programmeId,
      createdAt,
      updatedAt,
      title: text.title,
      description: text.description,
      streetId: street.id,
      themes: [...text.themes],
      ingredients: [...text.ingredients],
      scope: text.scope,
      initiators: [
        {
          pseudonym: `Bewoner ${street.name}`,
          name: text.initiator,
          ...(home ? { addressId: home.id } : {}),
        },
      ],
      supporters: group.index === 0 ? text.supporters : Math.max(1, text.supporters + ctx.rng.int(-3, 3)),
      needs: [...text.needs],
      sessionId: session.id,
      collectedOn: session.date,
      status: text.status,
      history,
      owners: ideaOwners,
      feedback,
      highlighted: text.highlighted ?? false,
      whatChanged: text.whatChanged ?? '',
    }
    if (text.atAddress && home) idea.addressId = home.id
    if (text.mergeInto !== undefined) idea.mergedIntoId = ids[text.mergeInto]
    return idea
  })
}
