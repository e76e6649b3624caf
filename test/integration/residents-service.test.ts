import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startTestRuntime, type TestRuntime } from '../support/test-runtime'

let t: TestRuntime
let programmeId: string
let streetId: string
let homes: string[]
let ideaId: string

beforeEach(async () => {
  t = await startTestRuntime()
  programmeId = (
    await t.call('programme.create', { name: 'P', gemeente: 'Elburg', period: { start: '2026-01-01' } })
  ).id
  streetId = (await t.call('street.create', { programmeId, name: 'Zwaluwstraat' })).id
  await t.call('address.addRange', { streetId, from: 1, to: 6 })
  homes = (await t.call('address.list', { streetId })).map((item) => item.address.id)
  ideaId = (await t.call('idea.create', { programmeId, title: 'Moestuin', collectedOn: '2026-03-01' })).id
})
afterEach(() => t.dispose())

/** The Dutch message of a refused call, and that it changed nothing. */
async function refused(method: string, input: unknown): Promise<string> {
  const before = JSON.stringify(await t.call('resident.list', { programmeId }))
  const response = await t.raw(method, input)
  if (response.ok) throw new Error(`${method} werd niet geweigerd`)
  expect(JSON.stringify(await t.call('resident.list', { programmeId }))).toBe(before)
  return response.error.message
}

describe('active residents (bewoners aan zet)', () => {
  it('adds a resident with a pseudonym and a first role, and counts them as active', async () => {
    const resident = await t.call('resident.create', {
      programmeId,
      addressId: homes[0] ?? '',
      role: { role: 'trekker', ideaId, start: '2026-04-01' },
    })
    expect(resident).toMatchObject({
      pseudonym: 'Bewoner Zwaluwstraat',
      name: '',
      consentToBeNamed: false,
      streetId,
    })
    const [item] = await t.call('resident.list', { programmeId, ideaId })
    expect(item).toMatchObject({ streetName: 'Zwaluwstraat', addressLabel: '1', active: true })
    expect(item?.roles).toEqual([
      expect.objectContaining({ role: 'trekker', ideaTitle: 'Moestuin', running: true }),
    ])
    const figures = await t.call('stats.residents', { programmeId })
    expect(figures.residents).toMatchObject({ active: 1, ideasWithTrekker: 1, addresses: 1, streets: 1 })
  })

  it('keeps a name only with consent, and drops it when consent is withdrawn', async () => {
    expect(
      await refused('resident.create', {
        programmeId,
        addressId: homes[0],
        name: 'Gerda',
        consentToBeNamed: false,
      }),
    ).toBe('Naam: bewaar een naam alleen met toestemming van de bewoner.')
    const resident = await t.call('resident.create', {
      programmeId,
      addressId: homes[0] ?? '',
      name: 'Gerda',
      consentToBeNamed: true,
    })
    expect(resident.name).toBe('Gerda')
    const withdrawn = await t.call('resident.update', { residentId: resident.id, consentToBeNamed: false })
    expect(withdrawn).toMatchObject({ name: '', consentToBeNamed: false })
  })

  it('ends a role, refuses the same role twice, a role without idea and a start in the future', async () => {
    const resident = await t.call('resident.create', { programmeId, addressId: homes[1] ?? '' })
    const withRole = await t.call('resident.addRole', {
      residentId: resident.id,
      role: 'helper',
      ideaId,
      start: '2026-05-01',
    })
    const roleId = withRole.roles[0]?.id ?? ''
    expect(await refused('resident.addRole', { residentId: resident.id, role: 'helper', ideaId })).toBe(
      'Rol: deze bewoner heeft deze rol op dit idee al.',
    )
    expect(await refused('resident.addRole', { residentId: resident.id, role: 'meedenker' })).toBe(
      'Idee: kies het idee waarop de bewoner deze rol heeft.',
    )
    expect(
      await refused('resident.addRole', {
        residentId: resident.id,
        role: 'buurtcontact',
        start: '2027-01-01',
      }),
    ).toBe('Begindatum: deze datum ligt in de toekomst.')
    expect(await refused('resident.updateRole', { residentId: resident.id, roleId, end: '2026-04-01' })).toBe(
      'Einddatum: ligt voor de begindatum.',
    )
    await t.call('resident.updateRole', { residentId: resident.id, roleId, end: '2026-06-01' })
    expect((await t.call('stats.residents', { programmeId })).residents.active).toBe(0)
    await t.call('resident.addRole', { residentId: resident.id, role: 'buurtcontact' })
    expect((await t.call('stats.residents', { programmeId })).residents.byRole.buurtcontact).toBe(1)
  })

  it('refuses an idea or address of another programme', async () => {
    const other = (
      await t.call('programme.create', { name: 'Q', gemeente: 'Elburg', period: { start: '2026-01-01' } })
    ).id
    const foreignIdea = (await t.call('idea.create', { programmeId: other, title: 'Elders' })).id
    expect(
      await refused('resident.create', {
        programmeId,
        addressId: homes[0],
        role: { role: 'trekker', ideaId: foreignIdea },
      }),
    ).toBe('Deze koppeling hoort bij een ander programma.')
    expect(await refused('resident.create', { programmeId: other, addressId: homes[0] })).toBe(
      'Deze koppeling hoort bij een ander programma.',
    )
  })
})

describe('connections between neighbours', () => {
  it('records who was brought together, checks whether it still runs and counts how long it lasts', async () => {
    const resident = await t.call('resident.create', { programmeId, addressId: homes[0] ?? '' })
    const connection = await t.call('connection.create', {
      programmeId,
      kind: 'burenhulp',
      description: 'Buurvrouw doet de boodschappen',
      date: '2026-06-01',
      residentIds: [resident.id],
      addressIds: [homes[1] ?? ''],
      ideaId,
    })
    expect(connection.streetIds).toEqual([streetId])
    const [item] = await t.call('connection.list', { programmeId })
    expect(item).toMatchObject({
      parties: ['Bewoner Zwaluwstraat (Zwaluwstraat 1)', 'Zwaluwstraat 2'],
      streetNames: ['Zwaluwstraat'],
      ideaTitle: 'Moestuin',
      running: true,
      checkDue: true,
    })
    await t.call('connection.check', { connectionId: connection.id, running: true, date: '2026-09-10' })
    const figures = await t.call('stats.residents', { programmeId })
    expect(figures.connections).toMatchObject({ made: 1, running: 1, addresses: 2, streets: 1, fromIdea: 1 })
    expect(figures.connections.after3Months).toEqual({ eligible: 1, active: 1, unchecked: 0 })
    await t.call('connection.check', { connectionId: connection.id, running: false })
    expect((await t.call('connection.list', { programmeId }))[0]).toMatchObject({
      running: false,
      checkDue: false,
    })
  })

  it('refuses a connection without anyone, a check before it began or in the future', async () => {
    const none = await t.raw('connection.create', { programmeId, kind: 'burenhulp' })
    expect(!none.ok && none.error.message).toBe('Adressen: kies minstens één bewoner of adres.')
    const connection = await t.call('connection.create', {
      programmeId,
      kind: 'samen-initiatief',
      date: '2026-06-01',
      addressIds: [homes[2] ?? ''],
    })
    const early = await t.raw('connection.check', {
      connectionId: connection.id,
      running: true,
      date: '2026-05-01',
    })
    expect(!early.ok && early.error.message).toBe(
      'Datum: de controle ligt voor de dag waarop de verbinding ontstond.',
    )
    const future = await t.raw('connection.check', {
      connectionId: connection.id,
      running: true,
      date: '2027-05-01',
    })
    expect(!future.ok && future.error.message).toBe('Datum: deze datum ligt in de toekomst.')
    expect((await t.call('connection.list', { programmeId }))[0]?.connection.checks).toEqual([])
  })
})
