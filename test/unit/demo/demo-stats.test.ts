import { describe, expect, it } from 'vitest'
import { generateDemo } from '../../../shared/demo/generate-demo'
import { computeProgrammeStats } from '../../../shared/domain/stats'
import { computeResidentsFigures } from '../../../shared/domain/residents-figures'
import { NOW, TODAY } from './demo-checks'

describe('computeProgrammeStats on the demo', () => {
  const demo = generateDemo({ today: TODAY, now: NOW })
  const stats = computeProgrammeStats({ ...demo, programmes: [demo.programme] }, demo.programme.id, TODAY)

  it('returns the reference figures: 4 streets, 150 addresses, 30 ideas', () => {
    expect(stats).toMatchObject({
      streets: 4,
      addresses: 150,
      ideas: 30,
      partners: 7,
      sessionsHeld: 10,
      sessionsPlanned: 2,
      openActions: 6,
      overdueActions: 2,
    })
    expect(stats.ideasByStatus).toEqual({
      opgehaald: 6,
      uitgewerkt: 6,
      ingebracht: 6,
      'in-uitvoering': 5,
      gerealiseerd: 4,
      geparkeerd: 1,
      'niet-haalbaar': 1,
      samengevoegd: 1,
    })
    expect(stats.ideasRealised).toBe(4)
  })

  it('has the coverage the generator planned: 132 attempted, 98 reached, 24 not home only, 4 do-not-contact', () => {
    expect(stats).toMatchObject({ attempted: 132, reached: 98, notHomeOnly: 24, doNotContact: 4 })
    expect(stats.coverage).toBeCloseTo(98 / 150, 10)
    expect(stats.ideasPerReachedAddress).toBe(0.31)
    expect(stats.contactMoments).toBe(demo.contacts.length)
    expect(stats.conversations).toBe(demo.contacts.filter((c) => c.outcome === 'gesprek').length)
    expect(stats.perStreet.map((s) => [s.name, s.addresses, s.reached, s.ideas])).toEqual([
      ['Brinkakkerweg', 48, 36, 9],
      ['Hazelaarhof', 40, 24, 8],
      ['Korenschoofstraat', 36, 24, 7],
      ['Wulpenerf', 26, 14, 6],
    ])
    expect(stats.ideasByTheme.map((t) => t.label)).toEqual(demo.programme.themes.map((t) => t.label))
    expect(stats.ideasByTheme.every((t) => t.count > 0)).toBe(true)
  })
})

describe('computeResidentsFigures on the demo', () => {
  const demo = generateDemo({ today: TODAY, now: NOW })
  const data = { ...demo, programmes: [demo.programme] }
  const figures = computeResidentsFigures(data, demo.programme.id, { asOf: TODAY })
  const streetName = (id: string) => demo.streets.find((street) => street.id === id)?.name

  it('has a few trekkers on ideas that are under way, and a buurtcontact in three streets', () => {
    expect(figures.residents).toMatchObject({ active: 14, ideasWithTrekker: 5, ideas: 30, streets: 4 })
    expect(figures.residents.byRole).toEqual({
      initiatiefnemer: 0,
      trekker: 5,
      meedenker: 3,
      helper: 3,
      buurtcontact: 3,
    })
    const trekkerIdeas = demo.residents
      .flatMap((resident) => resident.roles)
      .filter((role) => role.role === 'trekker')
      .map((role) => demo.ideas.find((idea) => idea.id === role.ideaId)?.status)
    expect(
      trekkerIdeas.every((status) =>
        ['uitgewerkt', 'ingebracht', 'in-uitvoering', 'gerealiseerd'].includes(status ?? ''),
      ),
    ).toBe(true)
    expect(figures.goals).toEqual({ activeResidents: 15, connections: 8 })
  })

  it('has connections grown from ideas and signals, most still running after three months', () => {
    expect(figures.connections).toMatchObject({ made: 7, running: 6, fromIdea: 4, fromSignal: 2, streets: 4 })
    expect(figures.connections.after3Months).toEqual({ eligible: 5, active: 3, unchecked: 1 })
  })

  it('has signals with and without consent, warm handovers picked up and waiting, per street only Brinkakkerweg', () => {
    expect(figures.signals).toMatchObject({ total: 14, countOnly: 4, withoutRoute: 2 })
    expect(figures.signals.handovers).toMatchObject({ handovers: 5, pickedUp: 3, waiting: 2 })
    expect(figures.signals.handoversByPartnerKind.map((entry) => entry.kind).sort()).toEqual([
      'cjg',
      'sociaal-team',
      'welzijn',
      'woningcorporatie',
    ])
    expect(figures.signals.perStreet.shown.map((item) => [streetName(item.key), item.count])).toEqual([
      ['Brinkakkerweg', 6],
    ])
    expect(figures.signals.perStreet.pooled.count).toBe(8)
  })
})
