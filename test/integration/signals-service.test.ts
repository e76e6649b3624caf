import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { STORE_FILE_NAME } from '../../main/store/store-paths'
import { type Signal, type StoreData } from '../../shared/model'
import { startTestRuntime, type TestRuntime } from '../support/test-runtime'

let t: TestRuntime
let programmeId: string
let streetId: string
let homes: string[]
let sociaalTeam: string

beforeEach(async () => {
  t = await startTestRuntime()
  programmeId = (
    await t.call('programme.create', { name: 'P', gemeente: 'Elburg', period: { start: '2026-01-01' } })
  ).id
  streetId = (await t.call('street.create', { programmeId, name: 'Zwaluwstraat' })).id
  await t.call('address.addRange', { streetId, from: 1, to: 4 })
  homes = (await t.call('address.list', { streetId })).map((item) => item.address.id)
  sociaalTeam = (
    await t.call('partner.create', {
      programmeId,
      name: 'Sociaal Team Elburg',
      kind: 'sociaal-team',
      contacts: [{ name: 'Miriam Hulst' }],
    })
  ).id
})
afterEach(() => t.dispose())

/** The signals exactly as the store file on disk holds them. */
async function storedSignals(): Promise<Signal[]> {
  const data = JSON.parse(await readFile(join(t.dataDir, STORE_FILE_NAME), 'utf8')) as StoreData
  return data.signals
}

const withConsent = (consent: 'vastleggen' | 'doorgeven') =>
  ({ consent, consentHow: 'mondeling', consentOn: '2026-11-20', date: '2026-11-20' }) as const

describe('recording a signal without consent', () => {
  it('keeps only the kind, the street and the day: no address, no note, no follow-up', async () => {
    const { item } = await t.call('signal.record', { streetId, category: 'eenzaamheid', consent: 'geen' })
    expect(item).toMatchObject({ countOnly: true, streetName: 'Zwaluwstraat' })
    const [stored] = await storedSignals()
    expect(Object.keys(stored ?? {}).sort()).toEqual(
      [
        'category',
        'consent',
        'createdAt',
        'date',
        'history',
        'id',
        'note',
        'programmeId',
        'status',
        'streetId',
        'updatedAt',
      ].sort(),
    )
    expect(stored).toMatchObject({ note: '', status: 'afgerond', history: [], date: '2026-11-28' })
  })

  it('refuses an address, a note or a route sent along, naming the field, and stores nothing', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ addressId: homes[0] }, 'Adres: zonder toestemming om vast te leggen bewaren we geen adres.'],
      [
        { streetId, note: 'Woont alleen' },
        'Notitie: zonder toestemming om vast te leggen bewaren we geen notitie.',
      ],
      [
        { streetId, route: 'buren' },
        'Route: zonder toestemming om vast te leggen leggen we geen vervolg vast.',
      ],
    ]
    for (const [extra, message] of cases) {
      const response = await t.raw('signal.record', { category: 'geldzorgen', consent: 'geen', ...extra })
      expect(!response.ok && response.error.message).toBe(message)
    }
    expect(await storedSignals()).toEqual([])
  })

  it('has no follow-up to move on', async () => {
    const { item } = await t.call('signal.record', { streetId, category: 'wonen', consent: 'geen' })
    const response = await t.raw('signal.setStatus', { signalId: item.signal.id, status: 'opgepakt' })
    expect(!response.ok && response.error.message).toMatch(/alleen geteld; er is geen vervolg/)
  })
})

describe('a signal with consent', () => {
  it('keeps the address and the note, shows the note only on the signal itself, and warns about numbers in it', async () => {
    const recorded = await t.call('signal.record', {
      addressId: homes[1] ?? '',
      category: 'geldzorgen',
      note: 'Stapel brieven; belt terug op 06-12345678',
      ...withConsent('vastleggen'),
    })
    expect(recorded.warnings).toEqual(['telefoon'])
    expect(recorded.item).toMatchObject({ addressLabel: '2', countOnly: false })
    const list = await t.call('signal.list', { programmeId })
    expect(JSON.stringify(list)).not.toContain('Stapel brieven')
    expect(list[0]?.signal.hasNote).toBe(true)
    const detail = await t.call('signal.get', { signalId: recorded.item.signal.id })
    expect(detail.note).toBe('Stapel brieven; belt terug op 06-12345678')
  })

  it('hands over warmly only with consent to pass it on; then picked up, with the waiting time', async () => {
    const recordOnly = await t.call('signal.record', {
      addressId: homes[0] ?? '',
      category: 'wonen',
      ...withConsent('vastleggen'),
    })
    const refused = await t.raw('signal.handOver', {
      signalId: recordOnly.item.signal.id,
      partnerId: sociaalTeam,
    })
    expect(!refused.ok && refused.error.message).toBe(
      'Toestemming: de bewoner gaf geen toestemming om het signaal door te geven aan een partner.',
    )
    const { item } = await t.call('signal.record', {
      addressId: homes[2] ?? '',
      category: 'geldzorgen',
      ...withConsent('doorgeven'),
    })
    const handedOver = await t.call('signal.handOver', {
      signalId: item.signal.id,
      partnerId: sociaalTeam,
      contactPerson: 'Miriam Hulst',
      date: '2026-11-21',
    })
    expect(handedOver).toMatchObject({
      partnerName: 'Sociaal Team Elburg',
      partnerKind: 'sociaal-team',
      waitingDays: 7,
    })
    expect(handedOver.signal).toMatchObject({ status: 'overgedragen', route: 'warme-overdracht' })
    expect(JSON.stringify(handedOver)).not.toContain('Miriam Hulst')
    expect((await t.call('signal.get', { signalId: item.signal.id })).contactPerson).toBe('Miriam Hulst')
    const direct = await t.raw('signal.setStatus', {
      signalId: recordOnly.item.signal.id,
      status: 'overgedragen',
    })
    expect(!direct.ok && direct.error.message).toMatch(/van ‘Open’ naar ‘Overgedragen’ kan niet/)
    const picked = await t.call('signal.setStatus', {
      signalId: item.signal.id,
      status: 'opgepakt',
      date: '2026-11-26',
    })
    expect(picked).toMatchObject({ daysToPickUp: 5 })
    const figures = await t.call('stats.residents', { programmeId })
    expect(figures.signals.handovers).toMatchObject({ handovers: 1, pickedUp: 1, averageDaysToPickUp: 5 })
    expect(figures.signals.handoversByPartnerKind).toEqual([
      expect.objectContaining({ kind: 'sociaal-team' }),
    ])
  })

  it('goes back to a count when consent is withdrawn: address, note, route and handover go', async () => {
    const { item } = await t.call('signal.record', {
      addressId: homes[3] ?? '',
      category: 'opvoeding',
      note: 'Zorgen over de oudste',
      route: 'eigen-netwerk',
      ...withConsent('vastleggen'),
    })
    const withdrawn = await t.call('signal.update', { signalId: item.signal.id, consent: 'geen' })
    expect(withdrawn.countOnly).toBe(true)
    const [stored] = await storedSignals()
    expect(stored).toMatchObject({ consent: 'geen', note: '', status: 'afgerond', history: [] })
    expect(stored?.addressId).toBeUndefined()
    expect(stored?.route).toBeUndefined()
    const contradicting = await t.raw('signal.update', { signalId: item.signal.id, note: 'toch een notitie' })
    expect(!contradicting.ok && contradicting.error.field).toBe('note')
  })

  it('grows a connection from a signal picked up by neighbours, and is deleted for good', async () => {
    const { item } = await t.call('signal.record', {
      addressId: homes[0] ?? '',
      category: 'eenzaamheid',
      ...withConsent('vastleggen'),
    })
    const connection = await t.call('connection.create', {
      programmeId,
      kind: 'burenhulp',
      addressIds: [homes[0] ?? '', homes[1] ?? ''],
      signalId: item.signal.id,
    })
    const detail = await t.call('signal.get', { signalId: item.signal.id })
    expect(detail.signal).toMatchObject({ route: 'buren', connectionId: connection.id })
    expect((await t.call('stats.residents', { programmeId })).connections.fromSignal).toBe(1)
    await t.call('signal.delete', { signalId: item.signal.id })
    expect(await storedSignals()).toEqual([])
    expect((await t.call('connection.list', { programmeId }))[0]?.connection.signalId).toBeUndefined()
  })

  it('refuses a day in the future and consent without how and when', async () => {
    const future = await t.raw('signal.record', {
      streetId,
      category: 'anders',
      ...withConsent('vastleggen'),
      date: '2026-12-01',
    })
    expect(!future.ok && future.error.message).toBe('Datum: deze datum ligt in de toekomst.')
    const noHow = await t.raw('signal.record', { streetId, category: 'anders', consent: 'vastleggen' })
    expect(!noHow.ok && noHow.error.message).toMatch(
      /^Hoe toestemming gegeven: zeg hoe de bewoner toestemming gaf\./,
    )
    expect(await storedSignals()).toEqual([])
  })
})
