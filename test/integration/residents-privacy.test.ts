import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readZipText } from '../support/read-zip'
import { startTestRuntime, type TestRuntime } from '../support/test-runtime'

let t: TestRuntime
let programmeId: string
let streetId: string
let home: string
let neighbour: string
let partnerId: string

beforeEach(async () => {
  t = await startTestRuntime()
  programmeId = (
    await t.call('programme.create', { name: 'P', gemeente: 'Elburg', period: { start: '2026-01-01' } })
  ).id
  streetId = (await t.call('street.create', { programmeId, name: 'Zwaluwstraat' })).id
  home = (await t.call('address.create', { streetId, houseNumber: 3 })).id
  neighbour = (await t.call('address.create', { streetId, houseNumber: 5 })).id
  partnerId = (await t.call('partner.create', { programmeId, name: 'CJG Elburg', kind: 'cjg' })).id
})
afterEach(() => t.dispose())

/** Gerda at number 3: an active resident, in a connection with number 5, and a signal handed over. */
async function gerda() {
  const ideaId = (
    await t.call('idea.create', { programmeId, title: 'Koffieochtend', collectedOn: '2026-03-01' })
  ).id
  const resident = await t.call('resident.create', {
    programmeId,
    addressId: home,
    name: 'Gerda Jansen',
    consentToBeNamed: true,
    role: { role: 'trekker', ideaId, start: '2026-04-01' },
  })
  const connection = await t.call('connection.create', {
    programmeId,
    kind: 'burenhulp',
    description: 'Buurman helpt Gerda Jansen met de tuin',
    residentIds: [resident.id],
    addressIds: [neighbour],
    date: '2026-05-01',
  })
  const signal = await t.call('signal.record', {
    addressId: home,
    category: 'opvoeding',
    consent: 'doorgeven',
    consentHow: 'mondeling',
    consentOn: '2026-06-01',
    date: '2026-06-01',
    note: 'Zorgen over haar zoon, wil graag praten met iemand van het CJG',
  })
  await t.call('signal.handOver', {
    signalId: signal.item.signal.id,
    partnerId,
    contactPerson: 'Naima Bouzid',
    date: '2026-06-02',
  })
  const other = await t.call('signal.record', {
    addressId: neighbour,
    category: 'eenzaamheid',
    consent: 'vastleggen',
    consentHow: 'mondeling',
    consentOn: '2026-06-01',
    date: '2026-06-01',
    note: 'Kent Gerda Jansen, gaat graag samen wandelen',
  })
  return { resident, connection, signalId: signal.item.signal.id, otherId: other.item.signal.id }
}

describe('erasing a resident everywhere, "bewoners aan zet" included', () => {
  it('makes the resident anonymous, takes the address out of connections, reduces the signals and redacts the name', async () => {
    const { resident, connection, signalId, otherId } = await gerda()
    const result = await t.call('privacy.erase', { programmeId, addressId: home, name: 'Gerda Jansen' })
    expect(result).toMatchObject({ residentsCleared: 1, connectionsCleared: 1, signalsCleared: 1 })
    const [item] = await t.call('resident.list', { programmeId })
    expect(item?.resident).toMatchObject({
      id: resident.id,
      name: '',
      consentToBeNamed: false,
      pseudonym: 'Bewoner Zwaluwstraat',
    })
    expect(item?.resident.addressId).toBeUndefined()
    expect(item?.roles).toHaveLength(1)
    const [link] = await t.call('connection.list', { programmeId })
    expect(link?.connection).toMatchObject({ id: connection.id, residentIds: [], addressIds: [neighbour] })
    expect(link?.connection.description).toBe('Buurman helpt [naam verwijderd] met de tuin')
    const signal = await t.call('signal.get', { signalId })
    expect(signal).toMatchObject({ note: '', contactPerson: '', partnerName: 'CJG Elburg', countOnly: false })
    expect(signal.signal.addressId).toBeUndefined()
    expect((await t.call('signal.get', { signalId: otherId })).note).toBe(
      'Kent [naam verwijderd], gaat graag samen wandelen',
    )
    // The figures still count the role, the connection and the handover.
    const figures = await t.call('stats.residents', { programmeId })
    expect(figures.residents.active).toBe(1)
    expect(figures.signals.handovers.handovers).toBe(1)
  })

  it('finds the address of an active resident erased by name alone', async () => {
    await gerda()
    const result = await t.call('privacy.erase', { programmeId, name: 'gerda jansen' })
    expect(result).toMatchObject({ residentsCleared: 1, signalsCleared: 1 })
  })
})

describe('an access request for an address', () => {
  it('holds the resident’s roles, connections and signals with their notes, as JSON and in Word', async () => {
    await gerda()
    const json = await t.call('privacy.exportAddress', { addressId: home, format: 'json' })
    const document = JSON.parse(Buffer.from(json.base64, 'base64').toString('utf8')) as Record<
      string,
      unknown
    >
    expect(document['actieveBewoner']).toEqual([
      expect.objectContaining({
        naam: 'Gerda Jansen',
        rollen: [expect.objectContaining({ rol: 'trekker', idee: 'Koffieochtend' })],
      }),
    ])
    expect(document['verbindingen']).toEqual([
      expect.objectContaining({ soort: 'burenhulp', looptNog: true }),
    ])
    expect(document['signalen']).toEqual([
      expect.objectContaining({
        soort: 'opvoeding',
        toestemming: 'doorgeven',
        overgedragenAan: 'CJG Elburg',
        contactpersoon: 'Naima Bouzid',
        notitie: 'Zorgen over haar zoon, wil graag praten met iemand van het CJG',
      }),
    ])
    // The neighbour's signal is not in Gerda's access request.
    expect(JSON.stringify(document)).not.toContain('gaat graag samen wandelen')

    const word = await t.call('privacy.exportAddress', { addressId: home, format: 'docx' })
    const xml = readZipText(Buffer.from(word.base64, 'base64')).get('word/document.xml') ?? ''
    for (const expected of [
      'Actieve bewoner',
      'Verbindingen met buren',
      'Signalen',
      'Zorgen over haar zoon',
      'Naima Bouzid',
    ])
      expect(xml).toContain(expected)
    expect(xml).not.toContain('gaat graag samen wandelen')
  })
})

describe('the shorter retention of signals', () => {
  it('flags signals closed longer ago than the signal retention, and clears their personal parts after confirmation', async () => {
    const { signalId } = await gerda()
    await t.call('signal.setStatus', { signalId, status: 'afgerond', date: '2026-06-10' })
    expect(await t.call('privacy.signalRetention', { programmeId })).toEqual([])
    await t.call('settings.update', { signalRetentionMonths: 3 })
    const flagged = await t.call('privacy.signalRetention', { programmeId })
    expect(flagged).toEqual([
      expect.objectContaining({
        signalId,
        category: 'opvoeding',
        closedOn: '2026-06-10',
        hasAddress: true,
        hasNote: true,
      }),
    ])
    const applied = await t.call('privacy.applySignalRetention', { programmeId, signalIds: [signalId] })
    expect(applied.cleared).toBe(1)
    const signal = await t.call('signal.get', { signalId })
    expect(signal).toMatchObject({ note: '', contactPerson: '' })
    expect(signal.signal.addressId).toBeUndefined()
    expect(await t.call('privacy.signalRetention', { programmeId })).toEqual([])
    expect((await t.call('audit.list', { programmeId }))[0]?.subject).toMatch(
      /Bewaartermijn signalen verlopen: persoonsgegevens van 1 signaal/,
    )
  })

  it('uses six months by default and never touches a signal that is still open', async () => {
    expect((await t.call('settings.get')).signalRetentionMonths).toBe(6)
    await gerda()
    await t.call('settings.update', { signalRetentionMonths: 1 })
    expect(await t.call('privacy.signalRetention', { programmeId })).toEqual([])
    const refused = await t.raw('settings.update', { signalRetentionMonths: 0 })
    expect(!refused.ok && refused.error.message).toMatch(
      /^Bewaartermijn signalen \(maanden\) moet tussen 1 en \d+ liggen\./,
    )
  })
})
