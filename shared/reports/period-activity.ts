import { actionDoneOn } from '../domain/action-done'
import { contactsPerSession, sessionTurnout } from '../domain/session-turnout'
import { type SessionType } from '../model'
import { type ProgrammeSnapshot } from './data-as-of'

/** What happened within a report's period (from–to, both included). */
export interface PeriodActivity {
  contactMoments: number
  conversations: number
  /** Addresses whose first conversation fell in the period. */
  newlyReached: number
  ideasCollected: number
  /** Ideas that reached "gerealiseerd" in the period. */
  ideasRealised: number
  /** Times an idea was brought to a partner in the period. */
  ideasBroughtIn: number
  sessionsHeld: number
  sessionsCancelled: number
  /** Attendees of held sessions other than door-to-door rounds: a door round has no attendees. */
  attendees: number
  /** Held door-to-door rounds. */
  doorRounds: number
  /** Conversations at the door during the held door-to-door rounds (see `sessionTurnout`). */
  doorConversations: number
  /** Per type the session turnout: attendees, or for door-to-door rounds their conversations. */
  sessionsByType: Partial<Record<SessionType, number>>
  attendeesByType: Partial<Record<SessionType, number>>
  /** Times residents heard back about their idea. */
  feedbackMoments: number
  actionsDone: number
}

const within = (day: string | undefined, from: string, to: string): boolean =>
  day !== undefined && day >= from && day <= to

/** Counts the activity of a snapshot between `from` and `to` (both `yyyy-MM-dd`, inclusive). */
export function periodActivity(snapshot: ProgrammeSnapshot, from: string, to: string): PeriodActivity {
  const addressIds = new Set(snapshot.addresses.map((address) => address.id))
  let contactMoments = 0
  let conversations = 0
  const firstConversation = new Map<string, string>()
  for (const contact of snapshot.contacts) {
    if (!addressIds.has(contact.addressId)) continue
    if (contact.outcome === 'gesprek') {
      const first = firstConversation.get(contact.addressId)
      if (first === undefined || contact.date < first) firstConversation.set(contact.addressId, contact.date)
    }
    if (!within(contact.date, from, to)) continue
    contactMoments += 1
    if (contact.outcome === 'gesprek') conversations += 1
  }
  let newlyReached = 0
  for (const day of firstConversation.values()) if (within(day, from, to)) newlyReached += 1

  let ideasCollected = 0
  let ideasRealised = 0
  let ideasBroughtIn = 0
  let feedbackMoments = 0
  for (const idea of snapshot.ideas) {
    if (within(idea.collectedOn, from, to)) ideasCollected += 1
    if (
      idea.status === 'gerealiseerd' &&
      idea.history.some((entry) => entry.status === 'gerealiseerd' && within(entry.date, from, to))
    ) {
      ideasRealised += 1
    }
    ideasBroughtIn += idea.owners.filter((owner) => within(owner.since, from, to)).length
    feedbackMoments += idea.feedback.filter((feedback) => within(feedback.date, from, to)).length
  }

  let sessionsHeld = 0
  let sessionsCancelled = 0
  let attendees = 0
  let doorRounds = 0
  let doorConversations = 0
  const sessionsByType: Partial<Record<SessionType, number>> = {}
  const attendeesByType: Partial<Record<SessionType, number>> = {}
  const perSession = contactsPerSession(snapshot.contacts)
  for (const session of snapshot.sessions) {
    if (!within(session.date, from, to)) continue
    if (session.status === 'geannuleerd') sessionsCancelled += 1
    if (session.status !== 'gehouden') continue
    sessionsHeld += 1
    const present = sessionTurnout(session, perSession)
    if (session.type === 'deur-aan-deur') {
      doorRounds += 1
      doorConversations += present
    } else attendees += present
    sessionsByType[session.type] = (sessionsByType[session.type] ?? 0) + 1
    attendeesByType[session.type] = (attendeesByType[session.type] ?? 0) + present
  }

  const actionsDone = snapshot.actions.filter((action) => within(actionDoneOn(action), from, to)).length
  return {
    contactMoments,
    conversations,
    newlyReached,
    ideasCollected,
    ideasRealised,
    ideasBroughtIn,
    sessionsHeld,
    sessionsCancelled,
    attendees,
    doorRounds,
    doorConversations,
    sessionsByType,
    attendeesByType,
    feedbackMoments,
    actionsDone,
  }
}
