import { describe, expect, it } from 'vitest'
import { generateDemo } from '../../../shared/demo/generate-demo'
import { canChangeIdeaStatus } from '../../../shared/domain/idea-lifecycle'
import { defaultThemes } from '../../../shared/domain/themes'
import { defaultThemeCodes, type IdeaStatus, ingredients, partnerKinds } from '../../../shared/model'
import { NOW, referenceProblems, schemaProblems, timestampProblems, TODAY } from './demo-checks'

const demo = generateDemo({ today: TODAY, now: NOW })

function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1
  return counts
}

describe('generateDemo: determinism and validity', () => {
  it('gives deep-equal output for the same options', () => {
    expect(generateDemo({ today: TODAY, now: NOW })).toEqual(demo)
    expect(generateDemo({ today: TODAY, now: NOW, seed: 8096, scale: 1 })).toEqual(demo)
  })

  it('gives other output for another seed, still with the fixed figures', () => {
    const other = generateDemo({ today: TODAY, now: NOW, seed: 1 })
    expect(other).not.toEqual(demo)
    expect([other.streets.length, other.addresses.length, other.ideas.length]).toEqual([4, 150, 30])
  })

  it('uses the given id generator and keeps everything else the same', () => {
    let counter = 0
    const newId = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`
    const custom = generateDemo({ today: TODAY, now: NOW, newId })
    expect(custom.programme.id).toBe('00000000-0000-4000-8000-000000000001')
    expect(custom.contacts.map((c) => `${c.date} ${c.outcome}`)).toEqual(
      demo.contacts.map((c) => `${c.date} ${c.outcome}`),
    )
    expect(custom.ideas.map((i) => i.title)).toEqual(demo.ideas.map((i) => i.title))
    expect(referenceProblems(custom)).toEqual([])
  })

  it('parses every entity with its schema without changes', () => {
    expect(schemaProblems(demo)).toEqual([])
  })

  it('resolves every reference and never dates a timestamp after now', () => {
    expect(referenceProblems(demo)).toEqual([])
    expect(timestampProblems(demo, NOW)).toEqual([])
  })

  it('refuses bad options', () => {
    for (const scale of [0, 101, 1.5, Number.NaN])
      expect(() => generateDemo({ today: TODAY, now: NOW, scale })).toThrow(RangeError)
    expect(() => generateDemo({ today: '2026-02-30', now: NOW })).toThrow(RangeError)
    expect(() => generateDemo({ today: TODAY, now: 'gisteren' })).toThrow(RangeError)
  })

  it('dates everything relative to today', () => {
    const later = generateDemo({ today: '2027-01-31', now: '2027-01-31T12:00:00+01:00' })
    expect(later.programme.period.start).toBe(addDays('2027-01-31', -182))
    expect(later.sessions.map((s) => s.date)).toEqual(demo.sessions.map((s) => addDays(s.date, 262)))
    expect(timestampProblems(later, '2027-01-31T11:00:00.000Z')).toEqual([])
  })
})

describe('generateDemo at scale 1: the reference case', () => {
  it('is the Oldebroek programme with the default themes and goals', () => {
    const p = demo.programme
    expect(p.name).toBe('Oldebroek Voor Mekaar — Krachtstroom')
    expect(p.gemeente).toBe('Oldebroek')
    expect(p.isDemo).toBe(true)
    expect(p.description).toContain('fictief')
    expect(p.themes).toEqual(defaultThemes())
    expect(p.goals).toEqual({
      addresses: 150,
      conversations: 250,
      ideas: 30,
      ideasRealised: 8,
      activeResidents: 15,
      connections: 8,
    })
    expect(p.period.start).toBe(addDays(TODAY, -182))
    expect(p.period.end! > TODAY).toBe(true)
  })

  it('has one kern, four streets and exactly 150 addresses', () => {
    expect(demo.areas.map((a) => [a.name, a.kind])).toEqual([['Oldebroek', 'kern']])
    expect(demo.streets.map((s) => s.name)).toEqual([
      'Brinkakkerweg',
      'Korenschoofstraat',
      'Hazelaarhof',
      'Wulpenerf',
    ])
    const perStreet = demo.streets.map((s) => demo.addresses.filter((a) => a.streetId === s.id).length)
    expect(perStreet).toEqual([48, 36, 40, 26])
    expect(demo.addresses).toHaveLength(150)
  })

  it('numbers houses plausibly: unique per street, some "12a" and some "14-2", postcodes 809x AB', () => {
    for (const street of demo.streets) {
      const keys = demo.addresses
        .filter((a) => a.streetId === street.id)
        .map((a) => `${a.houseNumber}/${a.addition}`)
      expect(new Set(keys).size).toBe(keys.length)
    }
    expect(demo.addresses.some((a) => /^[a-z]$/.test(a.addition))).toBe(true)
    expect(demo.addresses.some((a) => /^\d$/.test(a.addition))).toBe(true)
    for (const a of demo.addresses) expect(a.postcode).toMatch(/^809[0-7] [A-Z]{2}$/)
    const withConsent = demo.addresses.filter((a) => a.residentName !== '')
    expect(withConsent.length).toBeGreaterThan(0)
    for (const a of withConsent) expect(a.consentToContact && a.phone !== '').toBe(true)
  })

  it('has a team of three and one partner of each kind in docs/architecture.md, each with a contact person', () => {
    expect(demo.teamMembers).toHaveLength(3)
    expect(demo.partners.map((p) => p.kind).sort()).toEqual(
      partnerKinds.filter((k) => k !== 'bewonersinitiatief' && k !== 'anders').sort(),
    )
    expect(demo.partners.map((p) => p.name)).toEqual(
      expect.arrayContaining(['Gemeente Oldebroek', 'Sociaal Team Oldebroek']),
    )
    for (const p of demo.partners) expect(p.contacts[0]?.name).toBeTruthy()
  })

  it('has about a dozen sessions of mixed types: most held with a report, some planned, one cancelled', () => {
    expect(demo.sessions.length).toBeGreaterThanOrEqual(11)
    expect(demo.sessions.length).toBeLessThanOrEqual(14)
    const types = new Set(demo.sessions.map((s) => s.type))
    for (const type of [
      'deur-aan-deur',
      'keukentafel',
      'bewonersavond',
      'ideeenmarkt',
      'partneroverleg',
      'terugkoppeling',
    ] as const)
      expect(types).toContain(type)
    expect(countBy(demo.sessions, (s) => s.status)).toEqual({ gehouden: 10, gepland: 2, geannuleerd: 1 })
    for (const s of demo.sessions) {
      if (s.status === 'gehouden') {
        expect(s.date < TODAY).toBe(true)
        expect(s.report?.notes).toBeTruthy()
        expect(s.report?.attendees).toBeGreaterThan(0)
        expect(s.report?.completedAt).toBeTruthy()
      } else {
        expect(s.report).toBeUndefined()
      }
      if (s.status === 'gepland') {
        expect(s.date > TODAY).toBe(true)
        expect(s.date <= addDays(TODAY, 42)).toBe(true)
      }
    }
    expect(
      new Set(demo.sessions.filter((s) => s.status === 'gehouden').map((s) => s.date.slice(0, 7))).size,
    ).toBeGreaterThanOrEqual(5)
    expect(demo.sessions.map((s) => s.date)).toEqual([...demo.sessions.map((s) => s.date)].sort())
  })

  it('has door outcomes for most addresses: ~88% attempted, ~65% reached, repeat visits', () => {
    const byAddress = new Map<string, typeof demo.contacts>()
    for (const c of demo.contacts) byAddress.set(c.addressId, [...(byAddress.get(c.addressId) ?? []), c])
    const attempted = byAddress.size / 150
    const reached =
      [...byAddress.values()].filter((list) => list.some((c) => c.outcome === 'gesprek')).length / 150
    expect(attempted).toBeGreaterThanOrEqual(0.85)
    expect(attempted).toBeLessThanOrEqual(0.9)
    expect(reached).toBeGreaterThanOrEqual(0.6)
    expect(reached).toBeLessThanOrEqual(0.7)
    const missThenTalk = [...byAddress.values()].filter((list) => {
      const sorted = [...list].sort((a, b) => (a.date < b.date ? -1 : 1))
      return sorted[0]?.outcome === 'niet-thuis' && sorted.some((c) => c.outcome === 'gesprek')
    })
    expect(missThenTalk.length).toBeGreaterThanOrEqual(5)
    const outcomes = countBy(demo.contacts, (c) => c.outcome)
    expect(outcomes['niet-benaderen']).toBeGreaterThanOrEqual(2)
    expect(outcomes['geen-interesse']).toBeGreaterThanOrEqual(2)
    for (const c of demo.contacts) {
      expect(c.date >= demo.programme.period.start && c.date < TODAY).toBe(true)
    }
    expect(demo.contacts.filter((c) => c.sessionId).length).toBeGreaterThan(demo.contacts.length / 2)
  })

  it('has exactly 30 ideas over all statuses and themes', () => {
    expect(demo.ideas).toHaveLength(30)
    expect(countBy(demo.ideas, (i) => i.status)).toEqual({
      opgehaald: 6,
      uitgewerkt: 6,
      ingebracht: 6,
      'in-uitvoering': 5,
      gerealiseerd: 4,
      geparkeerd: 1,
      'niet-haalbaar': 1,
      samengevoegd: 1,
    })
    const themes = new Set(demo.ideas.flatMap((i) => i.themes))
    expect([...themes].sort()).toEqual([...defaultThemeCodes].sort())
    expect(new Set(demo.ideas.flatMap((i) => i.ingredients)).size).toBe(ingredients.length)
    expect(new Set(demo.ideas.map((i) => i.streetId)).size).toBe(4)
    expect(demo.ideas.some((i) => i.highlighted)).toBe(true)
    expect(demo.ideas.some((i) => i.scope === 'individueel')).toBe(true)
    for (const idea of demo.ideas) {
      expect(idea.description.length).toBeGreaterThan(40)
      expect(idea.needs.length + idea.ingredients.length).toBeGreaterThan(0)
      expect(idea.supporters).toBeGreaterThan(0)
      const street = demo.streets.find((s) => s.id === idea.streetId)
      expect(idea.initiators).toEqual([
        expect.objectContaining({
          pseudonym: `Bewoner ${street?.name}`,
          name: expect.stringMatching(/^[A-Z][a-z]+$/),
        }),
      ])
    }
  })

  it('gives every idea a history along allowed steps, in date order, ending in its status', () => {
    for (const idea of demo.ideas) {
      const statuses = idea.history.map((h) => h.status)
      expect(statuses[0]).toBe('opgehaald')
      expect(statuses[statuses.length - 1]).toBe(idea.status)
      for (let i = 1; i < statuses.length; i++)
        expect(canChangeIdeaStatus(statuses[i - 1] as IdeaStatus, statuses[i] as IdeaStatus)).toBe(true)
      const main = statuses.filter((s) => !['geparkeerd', 'niet-haalbaar', 'samengevoegd'].includes(s))
      expect(main).toEqual(
        ['opgehaald', 'uitgewerkt', 'ingebracht', 'in-uitvoering', 'gerealiseerd'].slice(0, main.length),
      )
      const times = idea.history.map((h) => h.at)
      expect(times).toEqual([...times].sort())
      expect(times[times.length - 1]! <= NOW).toBe(true)
      expect(idea.collectedOn).toBe(times[0]?.slice(0, 10))
      expect(idea.history.every((h) => h.by !== '' && h.note !== '')).toBe(true)
    }
  })

  it('gives ideas from "ingebracht" on owner partners with a date and an ask', () => {
    for (const idea of demo.ideas) {
      const brought = idea.history.find((h) => h.status === 'ingebracht')
      if (!brought) {
        expect(idea.owners).toEqual([])
        continue
      }
      expect(idea.owners.length).toBeGreaterThan(0)
      for (const owner of idea.owners) {
        expect(owner.since).toBe(brought.at.slice(0, 10))
        expect(owner.ask).toBeTruthy()
        if (owner.answeredAt) expect(owner.answeredAt >= owner.since && owner.answeredAt < TODAY).toBe(true)
      }
    }
    const waiting = demo.ideas.filter((i) => i.status === 'ingebracht' && i.owners.some((o) => !o.answeredAt))
    expect(waiting.length).toBeGreaterThan(0)
  })

  it('has a reason for the idea that is not feasible and a merge target for the duplicate', () => {
    const notFeasible = demo.ideas.find((i) => i.status === 'niet-haalbaar')
    expect(notFeasible?.history.at(-1)?.reason).toBeTruthy()
    const merged = demo.ideas.find((i) => i.status === 'samengevoegd')
    const target = demo.ideas.find((i) => i.id === merged?.mergedIntoId)
    expect(target?.status).not.toBe('samengevoegd')
    expect(target?.streetId).toBe(merged?.streetId)
    expect(demo.ideas.filter((i) => i.mergedIntoId)).toHaveLength(1)
  })

  it('records feedback to residents for some ideas, after the status it reports', () => {
    const withFeedback = demo.ideas.filter((i) => i.feedback.length > 0)
    expect(withFeedback.length).toBeGreaterThanOrEqual(5)
    for (const idea of withFeedback) {
      for (const fb of idea.feedback) {
        const entry = idea.history.find((h) => h.status === fb.statusAtFeedback)
        expect(entry).toBeDefined()
        expect(fb.date >= entry!.at.slice(0, 10) && fb.date < TODAY).toBe(true)
      }
    }
  })

  it('has ten follow-ups: four done, two overdue, each with an owner and a link', () => {
    expect(demo.actions).toHaveLength(10)
    const done = demo.actions.filter((a) => a.done)
    expect(done).toHaveLength(4)
    for (const a of done) expect(a.doneAt).toBeTruthy()
    expect(demo.actions.filter((a) => !a.done && a.due! < TODAY)).toHaveLength(2)
    for (const a of demo.actions) expect(Boolean(a.ideaId) || Boolean(a.sessionId)).toBe(true)
  })

  it('never puts a resident’s name in a free text (titles, descriptions, notes)', () => {
    const names = new Set(
      [
        ...demo.ideas.flatMap((i) => i.initiators.map((x) => x.name)),
        ...demo.addresses.map((a) => a.residentName),
        ...demo.residents.map((r) => r.name),
      ].filter(Boolean),
    )
    expect(names.size).toBeGreaterThanOrEqual(20)
    const texts = [
      demo.programme.description,
      ...demo.streets.flatMap((s) => [s.name, s.notes]),
      ...demo.addresses.map((a) => a.householdNote),
      ...demo.contacts.map((c) => c.note),
      ...demo.sessions.flatMap((s) => [s.title, s.goal, s.location, s.report?.notes ?? '']),
      ...demo.ideas.flatMap((i) => [
        i.title,
        i.description,
        ...i.initiators.map((x) => x.pseudonym),
        ...i.history.flatMap((h) => [h.note, h.reason ?? '']),
        ...i.owners.map((o) => o.ask),
        ...i.feedback.map((f) => f.note),
      ]),
      ...demo.actions.flatMap((a) => [a.title, a.notes]),
      ...demo.residents.map((r) => r.pseudonym),
      ...demo.connections.map((c) => c.description),
      ...demo.signals.map((s) => s.note),
      ...demo.partners.flatMap((p) => [p.name, p.notes, ...p.contacts.map((c) => c.name)]),
      ...demo.teamMembers.map((m) => m.name),
    ]
      .join('\n')
      .toLowerCase()
    for (const name of names) expect(texts, name).not.toContain(name.toLowerCase())
  })
})
