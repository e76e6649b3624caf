import { type ContactMoment, type Session } from '../model'

/** Per session: the door contacts recorded during it, and how many of them were a conversation. */
export type SessionContactCounts = ReadonlyMap<string, { contacts: number; conversations: number }>

/** Counts the door contacts of each session (contacts without a session are left out). */
export function contactsPerSession(
  contacts: Iterable<Pick<ContactMoment, 'sessionId' | 'outcome'>>,
): SessionContactCounts {
  const counts = new Map<string, { contacts: number; conversations: number }>()
  for (const contact of contacts) {
    if (contact.sessionId === undefined) continue
    const count = counts.get(contact.sessionId) ?? { contacts: 0, conversations: 0 }
    count.contacts += 1
    if (contact.outcome === 'gesprek') count.conversations += 1
    counts.set(contact.sessionId, count)
  }
  return counts
}

/**
 * How many people a held session reached: for a door-to-door round its conversations at the door,
 * otherwise the attendees of its report. A round's conversations are the "gesprek gehad" outcomes
 * recorded during it; only when none of its doors were recorded does the number the coach typed into
 * the session's report count. The one definition of "Gesprekken aan de deur" for a session.
 */
export function sessionTurnout(
  session: Pick<Session, 'id' | 'type' | 'report'>,
  counts: SessionContactCounts,
): number {
  const recorded = counts.get(session.id)
  if (session.type === 'deur-aan-deur' && recorded !== undefined && recorded.contacts > 0)
    return recorded.conversations
  return session.report?.attendees ?? 0
}
