import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { openLocalDb } from '../../main/services/sync/local-db'
import { SYNC_FOLDER } from '../../main/services/sync/sync-controller'
import { SYNC_SETTINGS_FILE } from '../../main/services/sync/sync-settings-file'
import { CouchStandIn } from '../support/couch-stand-in'
import { type TestRuntime } from '../support/test-runtime'
import { Laptops, synchronised } from '../support/sync-laptops'
import { waitUntil } from '../support/wait-until'
import { type Address } from '../../shared/model'

// The team's server in these tests is a CouchDB stand-in: express-pouchdb in memory on 127.0.0.1
// (CouchDB itself cannot be installed on the build machines). The apps speak to it exactly as to CouchDB.
// Each scenario waits for replication states; on a loaded machine that can take minutes.
vi.setConfig({ testTimeout: 300_000 })
let server: CouchStandIn
let databases = 0
const laptops = new Laptops()
const AGREEMENT = 'Verwerkersovereenkomst Krachtstroom 2026'

beforeAll(async () => {
  server = new CouchStandIn()
  await server.start()
})
afterAll(async () => {
  await server.stop()
})
afterEach(async () => {
  await laptops.closeAll()
})

function laptop(): Promise<TestRuntime> {
  return laptops.open({})
}

function restart(t: TestRuntime): Promise<TestRuntime> {
  return laptops.restart(t)
}

interface Team {
  a: TestRuntime
  b: TestRuntime
  programmeId: string
  db: string
  login: { serverUrl: string; database: string; password: string }
  addressId: string
}

/**
 * Laptop a has a programme with an address that has a resident's name, phone number and door note,
 * shares it (identifiers off, the default), and laptop b joins and receives it.
 */
async function team(): Promise<Team> {
  databases += 1
  const db = `bewoners-${databases}`
  await server.createDatabase(db)
  const a = await laptop()
  const b = await laptop()
  const { id: programmeId } = await a.call('programme.create', {
    name: 'Oldebroek Voor Mekaar',
    gemeente: 'Oldebroek',
    period: { start: '2026-01-01' },
  })
  const street = await a.call('street.create', { programmeId, name: 'Lijsterstraat' })
  const address = await a.call('address.create', {
    streetId: street.id,
    houseNumber: 7,
    householdNote: 'Zorgt voor haar moeder',
  })
  await a.call('address.update', {
    addressId: address.id,
    residentName: 'Hermina Zonnebloem',
    phone: '0612345678',
    consentToContact: true,
  })
  const login = { serverUrl: server.url, database: db, password: 'geheim-wachtwoord' }
  await a.call('sync.join', { ...login, username: 'anna', programmeId })
  await synchronised(a)
  await b.call('sync.join', { ...login, username: 'bram' })
  await waitUntil('the address on b', async () => (await addressOn(b, address.id, street.id)) ?? undefined)
  await synchronised(b)
  return { a, b, programmeId, db, login, addressId: address.id }
}

/** The address as a laptop holds it (looked up in the programme's streets). */
async function addressOn(t: TestRuntime, addressId: string, streetId?: string): Promise<Address | undefined> {
  const streets = streetId
    ? [streetId]
    : (await t.call('street.list', { programmeId: await programmeOf(t) })).map((s) => s.street.id)
  for (const id of streets) {
    const found = (await t.call('address.list', { streetId: id })).find(
      (item) => item.address.id === addressId,
    )
    if (found) return found.address
  }
  return undefined
}

async function programmeOf(t: TestRuntime): Promise<string> {
  return (await t.call('sync.settings')).programmeId
}

/** The winning document of an entity on the server. */
async function onServer(db: string, docId: string): Promise<Record<string, unknown> | undefined> {
  const row = (await server.allDocs(db)).find((r) => r.id === docId)
  return (row?.doc as { entity?: Record<string, unknown> } | undefined)?.entity
}

async function noConflicts(t: TestRuntime): Promise<void> {
  expect(await t.call('sync.conflicts')).toEqual([])
  expect((await t.call('sync.status')).state).not.toBe('conflict')
}

describe('the team chooses whether resident identifiers are shared', () => {
  it('one coach switches it on, the other laptop follows, names travel both ways and nothing conflicts; switched off, no new identifiers leave and nobody loses names', async () => {
    const { a, b, db, login, programmeId, addressId } = await team()
    expect((await addressOn(b, addressId))?.residentName).toBe('')

    // Anna switches it on for the team, naming the agreement.
    await a.call('sync.join', {
      ...login,
      username: 'anna',
      programmeId,
      shareIdentifiers: true,
      agreement: AGREEMENT,
    })
    const followed = await waitUntil('b follows the team', async () => {
      const settings = await b.call('sync.settings')
      return settings.shareIdentifiers ? settings : undefined
    })
    expect(followed).toMatchObject({ agreement: AGREEMENT, identifiersBy: 'anna' })
    const line = await waitUntil('the team line in b’s log', async () =>
      (await b.call('sync.log')).runs.find((run) => run.kind === 'team'),
    )
    expect(line.message).toMatch(
      new RegExp(
        `^Het team heeft gekozen: Bewonersgegevens worden gedeeld volgens ${AGREEMENT}, aangezet door anna op \\d{1,2} [a-z]+ \\d{4}\\.$`,
      ),
    )
    await waitUntil(
      'the name on b',
      async () => (await addressOn(b, addressId))?.residentName === 'Hermina Zonnebloem',
    )
    // A signal recorded on b reaches a; a new phone number on b too.
    const {
      item: { signal },
    } = await b.call('signal.record', {
      addressId,
      category: 'eenzaamheid',
      consent: 'vastleggen',
      consentHow: 'mondeling',
      consentOn: '2026-11-28',
      note: 'Voelt zich eenzaam sinds de verhuizing',
    })
    await b.call('address.update', { addressId, phone: '0687654321' })
    await waitUntil('the phone on a', async () => (await addressOn(a, addressId))?.phone === '0687654321')
    await waitUntil('the signal on a', async () =>
      (await a.call('signal.get', { signalId: signal.id }).catch(() => undefined))?.note.includes('eenzaam'),
    )
    await synchronised(a)
    await synchronised(b)
    await noConflicts(a)
    await noConflicts(b)
    expect(await onServer(db, `addresses:${addressId}`)).toMatchObject({
      residentName: 'Hermina Zonnebloem',
      phone: '0687654321',
    })

    // Anna switches it off again: the team follows, and the documents are rewritten without identifiers.
    await a.call('sync.join', { ...login, username: 'anna', programmeId })
    await waitUntil('b follows again', async () => !(await b.call('sync.settings')).shareIdentifiers)
    await waitUntil('the address on the server without identifiers', async () => {
      const entity = await onServer(db, `addresses:${addressId}`)
      return entity && !('residentName' in entity) && !('phone' in entity) && !('householdNote' in entity)
    })
    await a.call('address.update', { addressId, residentName: 'Hermina de Vries-Zonnebloem' })
    await b.call('address.update', { addressId, addition: 'a', phone: '0611223344' })
    await waitUntil('b’s addition on a', async () => (await addressOn(a, addressId))?.addition === 'a')
    await synchronised(a)
    await synchronised(b)
    const text = JSON.stringify(await server.allDocs(db))
    expect(text).not.toContain('de Vries')
    expect(text).not.toContain('0611223344')
    // Each laptop keeps its own names; the shared signal is not deleted on anyone's laptop.
    expect(await addressOn(a, addressId)).toMatchObject({
      residentName: 'Hermina de Vries-Zonnebloem',
      phone: '0687654321',
    })
    expect(await addressOn(b, addressId)).toMatchObject({
      residentName: 'Hermina Zonnebloem',
      phone: '0611223344',
    })
    expect((await a.call('signal.get', { signalId: signal.id })).note).toMatch(/eenzaam/)
    expect((await b.call('signal.get', { signalId: signal.id })).note).toMatch(/eenzaam/)
    await noConflicts(a)
    await noConflicts(b)
    // The signals already in the copies are not reported as refused.
    expect((await a.call('sync.status')).setAside).toBe(0)
    expect((await b.call('sync.status')).setAside).toBe(0)
    // The local copies were compacted: no older version of the address with the names is left.
    for (const side of [a, b]) {
      await side.runtime.close()
      const copy = await openLocalDb(join(side.dataDir, SYNC_FOLDER, programmeId))
      try {
        const doc = await copy.get(`addresses:${addressId}`, { revs_info: true })
        const older = (doc._revs_info as Array<{ rev: string; status: string }>).slice(1)
        expect(older.filter((info) => info.status === 'missing').length).toBeGreaterThan(1)
        // What is still readable was written after switching off.
        for (const info of older.filter((each) => each.status === 'available')) {
          const old = await copy.get(`addresses:${addressId}`, { rev: info.rev })
          expect(JSON.stringify(old)).not.toMatch(/Zonnebloem|06\d{8}/)
        }
      } finally {
        await copy.close()
      }
    }
  })

  it('in a team where one laptop still shares identifiers and the other does not, an edit from the other keeps the names', async () => {
    const { a, b, login, db, addressId } = await team()
    // A laptop set up to share identifiers without a team document (as before the team chose together).
    await a.runtime.close()
    const file = join(a.dataDir, SYNC_SETTINGS_FILE)
    const settings = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>
    await writeFile(file, JSON.stringify({ ...settings, shareIdentifiers: true, agreement: AGREEMENT }))
    const sharing = await restart(a)
    await waitUntil('the settings read again', async () => (await sharing.call('sync.settings')).joined)
    await sharing.call('sync.password', { password: login.password })
    await waitUntil('the name on the server', async () => {
      const entity = await onServer(db, `addresses:${addressId}`)
      return entity?.residentName === 'Hermina Zonnebloem' || undefined
    })
    // A shared change on top, so the test can see b hold a's newest revision before it edits: an edit
    // made before that would be a true conflict (two revisions of one parent), which is another test.
    await sharing.call('address.update', { addressId, postcode: '8091 AB' })
    await waitUntil(
      'a’s newest revision on b',
      async () => (await addressOn(b, addressId))?.postcode === '8091 AB',
    )
    await synchronised(b)
    // b does not share identifiers: its edit travels without them.
    await b.call('address.update', { addressId, addition: 'b' })
    await waitUntil('b’s addition on a', async () => (await addressOn(sharing, addressId))?.addition === 'b')
    await synchronised(sharing)
    await synchronised(b)
    expect(await addressOn(sharing, addressId)).toMatchObject({
      addition: 'b',
      postcode: '8091 AB',
      residentName: 'Hermina Zonnebloem',
      phone: '0612345678',
      householdNote: 'Zorgt voor haar moeder',
    })
    await noConflicts(sharing)
    await noConflicts(b)
  })

  it('sets an invalid team document aside and follows nothing of it', async () => {
    const { a, b, db, programmeId } = await team()
    await server.putDirect(db, {
      _id: 'team:identifiers',
      programmeId,
      choice: { shareIdentifiers: true, agreement: '', by: 'onbekend', at: '2026-11-28T09:00:00.000Z' },
    })
    for (const side of [a, b]) {
      const refused = await waitUntil('set aside', async () => (await side.call('sync.log')).setAside[0])
      expect(refused.docId).toBe('team:identifiers')
      expect(refused.reason).toMatch(/^Teamkeuze over bewonersgegevens: agreement: /)
      expect((await side.call('sync.settings')).shareIdentifiers).toBe(false)
    }
  })
})
