import { describe, expect, it } from 'vitest'
import { computeResidentsFigures } from '../../../shared/domain/residents-figures'
import { addMonths } from '../../../shared/domain/month-math'
import { A1, AS_OF, I1, I2, P, residentsInput, S1, S2 } from './residents-fixture'

const figures = computeResidentsFigures(residentsInput(), P, { asOf: AS_OF, from: '2026-04-01' })

describe('active residents', () => {
  it('counts distinct residents with a running role on a live idea or as buurtcontact', () => {
    // R1 (two roles), R3 (buurtcontact), R4 (on a merged idea); not R2 (ended), R5 (deleted),
    // R6 (deleted idea) nor R7 (starts later).
    expect(figures.residents.active).toBe(3)
    expect(figures.residents.byRole).toEqual({
      initiatiefnemer: 0,
      trekker: 2,
      meedenker: 1,
      helper: 0,
      buurtcontact: 1,
    })
  })

  it('counts ideas with a resident trekker out of the same ideas as the idea count, merged ones included', () => {
    expect(figures.residents.ideasWithTrekker).toBe(2)
    expect(figures.residents.ideas).toBe(2)
    expect(figures.residents.perIdea).toEqual(
      expect.arrayContaining([
        { ideaId: I1, active: 1, trekkers: 1 },
        { ideaId: I2, active: 1, trekkers: 1 },
      ]),
    )
  })

  it('counts the addresses and streets with an active resident, and who started in the period', () => {
    expect(figures.residents.addresses).toBe(2)
    expect(figures.residents.streets).toBe(2)
    expect(figures.residents.perStreet).toEqual([
      { streetId: S1, name: 'Akkerstraat', active: 1 },
      { streetId: S2, name: 'Beukenlaan', active: 2 },
    ])
    expect(figures.residents.startedInPeriod).toBe(2)
    expect(figures.goals).toEqual({ activeResidents: 4, connections: 0 })
  })
})

describe('connections', () => {
  it('counts those made by then, running at their last check, and the addresses and streets involved', () => {
    expect(figures.connections).toMatchObject({
      made: 3,
      madeInPeriod: 0,
      running: 2,
      addresses: 3,
      streets: 2,
      fromIdea: 1,
      fromSignal: 0,
    })
    expect(figures.connections.byKind).toEqual({
      burenhulp: 1,
      'samen-initiatief': 1,
      'gedeelde-zorg': 1,
      anders: 0,
    })
  })

  it('tells whether they still ran 3 and 6 months after they were made, by a check that late', () => {
    // C1 checked running 3 months and 5 days on; C2 found stopped; C3 exactly 3 months old, never checked.
    expect(figures.connections.after3Months).toEqual({ eligible: 3, active: 1, unchecked: 1 })
    expect(figures.connections.after6Months).toEqual({ eligible: 0, active: 0, unchecked: 0 })
    const later = computeResidentsFigures(residentsInput(), P, { asOf: '2026-07-10' })
    expect(later.connections.after6Months).toEqual({ eligible: 1, active: 0, unchecked: 1 })
  })

  it('adds months to a date as the calendar does', () => {
    expect(addMonths('2026-03-31', 3)).toBe('2026-06-30')
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28')
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29')
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15')
  })
})

describe('signals, as counts only', () => {
  it('counts by kind, route and status as they stood then, with the count-only ones apart', () => {
    const s = figures.signals
    expect(s).toMatchObject({ total: 6, inPeriod: 5, countOnly: 1, withoutRoute: 1 })
    expect(s.byCategory).toMatchObject({
      eenzaamheid: 2,
      geldzorgen: 2,
      wonen: 1,
      'zorg-mantelzorg': 1,
      veiligheid: 0,
    })
    expect(s.byRoute).toEqual({ buren: 1, 'warme-overdracht': 3, 'eigen-netwerk': 0 })
    expect(s.byStatus).toEqual({ open: 1, overgedragen: 1, opgepakt: 2, afgerond: 0, 'geen-behoefte': 1 })
  })

  it('measures warm handovers: picked up, still waiting, closed without pick-up, and the waiting time per kind of partner', () => {
    const s = figures.signals
    expect(s.handovers).toEqual({
      handovers: 3,
      inPeriod: 3,
      pickedUp: 1,
      waiting: 1,
      closedWithoutPickup: 1,
      averageDaysToPickUp: 10,
      longestWaitingDays: 20,
    })
    expect(s.handoversByPartnerKind).toEqual([
      expect.objectContaining({ kind: 'woningcorporatie', handovers: 1, waiting: 1, longestWaitingDays: 20 }),
      expect.objectContaining({
        kind: 'sociaal-team',
        handovers: 2,
        pickedUp: 1,
        closedWithoutPickup: 1,
        averageDaysToPickUp: 10,
      }),
    ])
  })

  it('shows no street on its own while every street has fewer than 5 signals', () => {
    expect(figures.signals.perStreet).toEqual({
      shown: [],
      pooled: { keys: [S1, S2], count: 6 },
      breakdown: false,
    })
  })
})

describe('over time', () => {
  it('gives per month the active residents at its end, the connections so far and the signals within it', () => {
    expect(figures.overTime).toEqual([
      { month: '2026-01', activeResidents: 0, connectionsMade: 1, signals: 0 },
      { month: '2026-02', activeResidents: 0, connectionsMade: 2, signals: 0 },
      { month: '2026-03', activeResidents: 2, connectionsMade: 3, signals: 1 },
      { month: '2026-04', activeResidents: 4, connectionsMade: 3, signals: 1 },
      { month: '2026-05', activeResidents: 3, connectionsMade: 3, signals: 2 },
      { month: '2026-06', activeResidents: 3, connectionsMade: 3, signals: 2 },
    ])
  })

  it('refuses a programme that does not exist', () => {
    expect(() => computeResidentsFigures(residentsInput(), A1, { asOf: AS_OF })).toThrow(/bestaat niet/)
  })
})
