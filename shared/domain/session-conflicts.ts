import { type ContactOutcome, type Session } from '../model'

/** A warning about a planned session; it never blocks saving. */
export interface SessionWarning {
  kind: 'dubbel-geboekt' | 'straat-klaar'
  message: string
  /** The other session (double booking) or the street (all done). */
  refId: string
}

type Slot = Pick<Session, 'id' | 'date' | 'startTime' | 'endTime' | 'teamMemberIds' | 'status' | 'title'>

function overlaps(a: Slot, b: Slot): boolean {
  return a.date === b.date && a.startTime < b.endTime && b.startTime < a.endTime
}

/**
 * Team members booked in two sessions at once: same day, overlapping times, not cancelled.
 * `names` gives the team members' names for the message.
 */
export function doubleBookings(
  session: Slot,
  others: readonly Slot[],
  names: ReadonlyMap<string, string>,
): SessionWarning[] {
  const warnings: SessionWarning[] = []
  if (session.status === 'geannuleerd') return warnings
  for (const other of others) {
    if (other.id === session.id || other.status === 'geannuleerd' || !overlaps(session, other)) continue
    const shared = session.teamMemberIds.filter((id) => other.teamMemberIds.includes(id))
    if (shared.length === 0) continue
    const who = shared.map((id) => names.get(id) ?? 'Een teamlid').join(' en ')
    warnings.push({
      kind: 'dubbel-geboekt',
      refId: other.id,
      message: `${who} ${shared.length > 1 ? 'staan' : 'staat'} ook ingepland bij "${other.title}" (${other.startTime}–${other.endTime}).`,
    })
  }
  return warnings
}

/** Outcomes after which an address needs no further visit. */
const finishedOutcomes: ReadonlySet<ContactOutcome> = new Set<ContactOutcome>([
  'gesprek',
  'geen-interesse',
  'niet-benaderen',
])

/**
 * True when every live address of a street has been finished: a conversation, no interest, or do not
 * contact. A street without addresses is not "done".
 */
export function isStreetDone(
  addressIds: readonly string[],
  outcomesByAddress: ReadonlyMap<string, readonly ContactOutcome[]>,
): boolean {
  if (addressIds.length === 0) return false
  return addressIds.every((id) =>
    (outcomesByAddress.get(id) ?? []).some((outcome) => finishedOutcomes.has(outcome)),
  )
}
