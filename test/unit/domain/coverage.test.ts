import { describe, expect, it } from 'vitest'
import {
  computeCoverage,
  isLaterContact,
  latestContactByAddress,
  summariseContactsByAddress,
} from '../../../shared/domain/coverage'
import { type ContactOutcome } from '../../../shared/model'

interface FixtureContact {
  id: string
  addressId: string
  date: string
  createdAt: string
  outcome: ContactOutcome
  deletedAt?: string
}

let counter = 0
function contact(
  addressId: string,
  date: string,
  outcome: ContactOutcome,
  createdAt = `${date}T10:00:00.000Z`,
  deletedAt?: string,
): FixtureContact {
  counter += 1
  return { id: `c${counter}`, addressId, date, createdAt, outcome, ...(deletedAt ? { deletedAt } : {}) }
}

/**
 * Five live addresses and one deleted one, counted by hand:
 * - a1: niet thuis, then a conversation                    → attempted, reached
 * - a2: niet thuis, kaartje, later terug                     → attempted, not home only
 * - a3: a conversation, later "niet meer benaderen"          → attempted, reached, do not contact
 * - a4: same day: "niet meer benaderen" at 09:00, niet thuis at 10:00 (latest) → attempted only
 *       (declined once, so not "not home only"; latest is not "niet benaderen")
 * - a5: only a deleted conversation                          → nothing
 * - a6 (deleted): a conversation                             → not counted
 * plus a contact moment of an address that is not in the list → ignored.
 */
const addresses = [
  { id: 'a1' },
  { id: 'a2' },
  { id: 'a3' },
  { id: 'a4' },
  { id: 'a5' },
  { id: 'a6', deletedAt: '2026-03-01T10:00:00.000Z' },
]
const contacts: FixtureContact[] = [
  contact('a1', '2026-01-20', 'gesprek'),
  contact('a1', '2026-01-10', 'niet-thuis'),
  contact('a2', '2026-01-10', 'niet-thuis'),
  contact('a2', '2026-01-20', 'kaartje'),
  contact('a2', '2026-02-01', 'later-terug'),
  contact('a3', '2026-01-10', 'gesprek'),
  contact('a3', '2026-02-01', 'niet-benaderen'),
  contact('a4', '2026-02-01', 'niet-thuis', '2026-02-01T10:00:00.000Z'),
  contact('a4', '2026-02-01', 'niet-benaderen', '2026-02-01T09:00:00.000Z'),
  contact('a5', '2026-01-10', 'gesprek', '2026-01-10T10:00:00.000Z', '2026-01-11T08:00:00.000Z'),
  contact('a6', '2026-01-10', 'gesprek'),
  contact('elsewhere', '2026-01-10', 'gesprek'),
]

describe('computeCoverage', () => {
  it('matches a hand count on a five-address fixture', () => {
    expect(computeCoverage(addresses, contacts)).toEqual({
      addresses: 5,
      attempted: 4,
      reached: 2,
      notHomeOnly: 1,
      doNotContact: 1,
      coverage: 0.4,
    })
  })

  it('counts per street when given one street’s addresses', () => {
    expect(computeCoverage(addresses.slice(0, 3), contacts)).toEqual({
      addresses: 3,
      attempted: 3,
      reached: 2,
      notHomeOnly: 1,
      doNotContact: 1,
      coverage: 2 / 3,
    })
    expect(computeCoverage(addresses.slice(3), contacts)).toEqual({
      addresses: 2,
      attempted: 1,
      reached: 0,
      notHomeOnly: 0,
      doNotContact: 0,
      coverage: 0,
    })
  })

  it('is all zero without addresses', () => {
    expect(computeCoverage([], contacts)).toEqual({
      addresses: 0,
      attempted: 0,
      reached: 0,
      notHomeOnly: 0,
      doNotContact: 0,
      coverage: 0,
    })
  })

  it('counts geen interesse as attempted but neither reached nor not-home-only', () => {
    const only = [contact('x', '2026-01-01', 'niet-thuis'), contact('x', '2026-01-02', 'geen-interesse')]
    expect(computeCoverage([{ id: 'x' }], only)).toMatchObject({
      attempted: 1,
      reached: 0,
      notHomeOnly: 0,
      doNotContact: 0,
    })
  })
})

describe('latestContactByAddress', () => {
  it('takes the latest by date, then createdAt, and skips deleted contact moments', () => {
    const latest = latestContactByAddress(contacts)
    expect(latest.get('a1')?.outcome).toBe('gesprek')
    expect(latest.get('a2')?.outcome).toBe('later-terug')
    expect(latest.get('a3')?.outcome).toBe('niet-benaderen')
    expect(latest.get('a4')?.outcome).toBe('niet-thuis')
    expect(latest.has('a5')).toBe(false)
  })

  it('lets the later one in the list win a full tie', () => {
    const first = contact('t', '2026-01-01', 'niet-thuis', '2026-01-01T10:00:00.000Z')
    const second = contact('t', '2026-01-01', 'kaartje', '2026-01-01T10:00:00.000Z')
    expect(latestContactByAddress([first, second]).get('t')).toBe(second)
    expect(isLaterContact(second, first)).toBe(true)
  })

  it('agrees with the summaries', () => {
    const summaries = summariseContactsByAddress(contacts)
    for (const [addressId, latest] of latestContactByAddress(contacts))
      expect(summaries.get(addressId)?.latest).toBe(latest)
    expect(summaries.get('a3')).toMatchObject({ reached: true, declined: true })
    expect(summaries.get('a2')).toMatchObject({ reached: false, declined: false })
  })
})
