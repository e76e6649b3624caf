import { describe, expect, it } from 'vitest'
import { generateDemo } from '../../../shared/demo/generate-demo'
import { computeProgrammeStats } from '../../../shared/domain/stats'
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
