import { type Address, type ContactMoment, type ContactOutcome, type Session } from '../model'
import { type DemoContext } from './demo-context'
import { fromDayNumber, toDayNumber } from './demo-dates'
import { type DemoPeople } from './demo-people'
import { type DemoStreetGroup } from './demo-places'
import { completeRoundReport, type DemoGroupSessions } from './demo-sessions'
import { contactNotes, residentFirstNames, sessionTexts } from './demo-texts'

/** How the addresses of each of the four streets end up; the rest of each street is not visited. */
const ADDRESS_MIX = [
  { reached: 36, notHomeOnly: 6, declined: 2, doNotContact: 1 }, // 48 addresses
  { reached: 24, notHomeOnly: 5, declined: 1, doNotContact: 1 }, // 36
  { reached: 24, notHomeOnly: 8, declined: 2, doNotContact: 1 }, // 40
  { reached: 14, notHomeOnly: 5, declined: 1, doNotContact: 1 }, // 26
] as const

type AddressFate = 'reached' | 'notHomeOnly' | 'declined' | 'doNotContact' | 'none'

const MISSES: readonly ContactOutcome[] = [
  'niet-thuis',
  'niet-thuis',
  'niet-thuis',
  'kaartje',
  'kaartje',
  'later-terug',
]

/** Contact moments of one group of streets, and the addresses that were reached, per street. */
export interface DemoGroupContacts {
  contacts: ContactMoment[]
  reached: Address[][]
}

function outcomesFor(ctx: DemoContext, fate: AddressFate): ContactOutcome[] {
  const { rng } = ctx
  const misses = (count: number): ContactOutcome[] => Array.from({ length: count }, () => rng.pick(MISSES))
  switch (fate) {
    case 'reached': {
      const roll = rng.next()
      const before = roll < 0.55 ? 0 : roll < 0.85 ? 1 : 2
      const after = rng.int(0, 3) + (rng.chance(0.25) ? 1 : 0)
      const followUps = Array.from({ length: after }, (): ContactOutcome => {
        const r = rng.next()
        return r < 0.75 ? 'gesprek' : r < 0.85 ? 'later-terug' : 'niet-thuis'
      })
      return [...misses(before), 'gesprek', ...followUps]
    }
    case 'notHomeOnly':
      return misses(rng.int(1, 4))
    case 'declined':
      return [...misses(rng.chance(0.4) ? 1 : 0), 'geen-interesse']
    case 'doNotContact':
      return [...misses(rng.chance(0.5) ? 1 : 0), 'niet-benaderen']
    case 'none':
      return []
  }
}

function noteFor(ctx: DemoContext, outcome: ContactOutcome): string {
  const chance =
    outcome === 'niet-benaderen'
      ? 1
      : outcome === 'gesprek'
        ? 0.3
        : outcome === 'geen-interesse' || outcome === 'kaartje'
          ? 0.5
          : 0.15
  return ctx.rng.chance(chance) ? ctx.rng.pick(contactNotes[outcome]) : ''
}

function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))
}

/**
 * Door outcomes for one group: per street a fixed mix (about 88% attempted, 65% reached), with first
 * visits in the street's first round, second visits in the second round, and later visits (follow-up
 * conversations, or finally someone at home) on days between the second round and today. A few reached
 * residents left their first name and number, with consent.
 */
export function generateGroupContacts(
  ctx: DemoContext,
  people: DemoPeople,
  group: DemoStreetGroup,
  sessions: DemoGroupSessions,
): DemoGroupContacts {
  const { rng } = ctx
  const contacts: ContactMoment[] = []
  const reached: Address[][] = []
  const conversations = new Map<string, number>()
  const round2 = sessions.round2
  const laterFirst = toDayNumber(round2.date) + 3
  const laterLast = ctx.todayDay - 1
  const walkers = [people.team.coach.id, people.team.buurtwerker.id]

  group.streets.forEach((street, j) => {
    const addresses = group.addresses[j] ?? []
    const mix = ADDRESS_MIX[j] ?? ADDRESS_MIX[0]
    const fates: AddressFate[] = [
      ...Array<AddressFate>(mix.reached).fill('reached'),
      ...Array<AddressFate>(mix.notHomeOnly).fill('notHomeOnly'),
      ...Array<AddressFate>(mix.declined).fill('declined'),
      ...Array<AddressFate>(mix.doNotContact).fill('doNotContact'),
    ]
    while (fates.length < addresses.length) fates.push('none')
    const shuffled = rng.shuffle(fates)
    const round1 = sessions.round1[j] as Session
    const streetReached: Address[] = []

    addresses.forEach((address, k) => {
      const fate = shuffled[k] ?? 'none'
      const outcomes = outcomesFor(ctx, fate)
      const laterDays = outcomes
        .slice(2)
        .map(() => rng.int(laterFirst, laterLast))
        .sort((a, b) => a - b)
      outcomes.forEach((outcome, visit) => {
        const session = visit === 0 ? round1 : visit === 1 ? round2 : undefined
        const day = session ? toDayNumber(session.date) : (laterDays[visit - 2] ?? laterLast)
        const minute = session ? minutesOf(session.startTime) + ((k * 3) % 150) : rng.int(10 * 60, 20 * 60)
        const contact: ContactMoment = ctx.entity(
          {
            addressId: address.id,
            streetId: street.id,
            date: session ? session.date : fromDayNumber(day),
            outcome,
            teamMemberId: session ? rng.pick(session.teamMemberIds) : rng.pick(walkers),
            note: noteFor(ctx, outcome),
          },
          day,
          day,
          minute,
        )
        if (session) contact.sessionId = session.id
        if (session && outcome === 'gesprek')
          conversations.set(session.id, (conversations.get(session.id) ?? 0) + 1)
        contacts.push(contact)
      })
      if (fate === 'reached') {
        streetReached.push(address)
        if (rng.chance(0.08)) {
          address.residentName = rng.pick(residentFirstNames)
          address.phone = `0525-000 ${300 + ((group.index * 150 + k * 7) % 700)}`
          address.consentToContact = true
        }
      }
    })
    completeRoundReport(round1, conversations.get(round1.id) ?? 0, sessionTexts.round.notes)
    reached.push(streetReached)
  })
  completeRoundReport(round2, conversations.get(round2.id) ?? 0, sessionTexts.secondRound.notes)
  return { contacts, reached }
}
