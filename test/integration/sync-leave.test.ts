import { access, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { memorySecretStore, type SecretStore } from '../../main/services/sync/secret-store'
import { SYNC_FOLDER } from '../../main/services/sync/sync-controller'
import { SYNC_SETTINGS_FILE } from '../../main/services/sync/sync-settings-file'
import { STORE_FILE_NAME } from '../../main/store/store-paths'
import { storeCollections, type StoreData } from '../../shared/model'
import { CouchStandIn } from '../support/couch-stand-in'
import { type TestRuntime } from '../support/test-runtime'
import { Laptops, synchronised } from '../support/sync-laptops'
import { waitUntil } from '../support/wait-until'

// The team's server is a CouchDB stand-in: express-pouchdb in memory on 127.0.0.1 (CouchDB itself cannot
// be installed on the build machines), with a login per coach as CouchDB has. Each scenario waits for
// replication states; on a loaded machine that can take minutes.
vi.setConfig({ testTimeout: 300_000 })
let server: CouchStandIn
const laptops = new Laptops()

beforeAll(async () => {
  server = new CouchStandIn()
  server.addUser('anna', 'wachtwoord-anna')
  server.addUser('bram', 'wachtwoord-bram')
  await server.start()
  await server.createDatabase('oldebroek-voor-mekaar')
})
afterAll(async () => {
  await server.stop()
})
afterEach(async () => {
  await laptops.closeAll()
})

function laptop(secrets?: SecretStore): Promise<TestRuntime> {
  return laptops.open(secrets ? { secrets } : {})
}

/** Every entity collection of the store file (the audit log aside: leaving is written there). */
async function entities(t: TestRuntime): Promise<Record<string, unknown>> {
  const data = JSON.parse(await readFile(join(t.dataDir, STORE_FILE_NAME), 'utf8')) as StoreData
  const collections = storeCollections.filter((name) => name !== 'auditLog')
  return Object.fromEntries(collections.map((name) => [name, data[name]]))
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  )
}

async function onServer(docId: string): Promise<boolean> {
  return (await server.allDocs('oldebroek-voor-mekaar')).some((row) => row.id === docId)
}

describe('leaving the team', () => {
  it('keeps every entity on the laptop, forgets the password, stops sharing both ways, and joining again works', async () => {
    const secrets = memorySecretStore()
    const a = await laptop(secrets)
    const b = await laptop()
    // The demo programme: streets, addresses with residents' names, contacts, sessions, ideas, partners.
    const { programmeId } = await a.call('demo.load', { scale: 1 })
    const login = { serverUrl: server.url, database: 'oldebroek-voor-mekaar' }
    await a.call('sync.join', { ...login, username: 'anna', password: 'wachtwoord-anna', programmeId })
    await synchronised(a)
    await b.call('sync.join', { ...login, username: 'bram', password: 'wachtwoord-bram' })
    await waitUntil('the programme on b', async () =>
      (await b.call('programme.list')).some((p) => p.id === programmeId),
    )
    await synchronised(b)
    const shared = await entities(a)
    expect((shared.ideas as unknown[]).length).toBeGreaterThan(0)
    expect((shared.streets as unknown[]).length).toBeGreaterThan(0)
    expect(await secrets.get('sync-password')).toBe('wachtwoord-anna')

    const left = await a.call('sync.leave')
    expect(left.state).toBe('off')
    expect(await entities(a)).toEqual(shared)
    expect((await a.call('sync.status')).state).toBe('off')
    expect(await a.call('sync.settings')).toMatchObject({ joined: false, hasPassword: false, serverUrl: '' })
    // The password is forgotten, and so are the settings file and the local copy of the shared programme.
    expect(await secrets.get('sync-password')).toBeUndefined()
    expect(await exists(join(a.dataDir, SYNC_SETTINGS_FILE))).toBe(false)
    expect(await exists(join(a.dataDir, SYNC_FOLDER, programmeId))).toBe(false)
    // The screens still show it all.
    const ideas = await a.call('idea.list', { programmeId })
    expect(ideas.length).toBe((shared.ideas as unknown[]).length)

    // Work after leaving stays on this laptop; what the team does no longer arrives here.
    const street = await a.call('street.create', { programmeId, name: 'Na-het-vertrekstraat' })
    const idea = await b.call('idea.create', { programmeId, title: 'Bankje bij de speeltuin' })
    await waitUntil("b's idea on the server", () => onServer(`ideas:${idea.id}`))
    await synchronised(b)
    expect(await onServer(`streets:${street.id}`)).toBe(false)
    expect((await b.call('street.list', { programmeId })).some((s) => s.street.id === street.id)).toBe(false)
    expect((await a.call('idea.list', { programmeId })).some((i) => i.idea.id === idea.id)).toBe(false)
    expect((await a.call('sync.status')).state).toBe('off')
    expect(await exists(join(a.dataDir, SYNC_FOLDER, programmeId))).toBe(false)

    // Joining again works: what was done alone goes out, what the team did comes in.
    await a.call('sync.join', { ...login, username: 'anna', password: 'wachtwoord-anna', programmeId })
    await waitUntil('the street on the server', () => onServer(`streets:${street.id}`))
    await waitUntil("b's idea on a", async () =>
      (await a.call('idea.list', { programmeId })).some((i) => i.idea.id === idea.id),
    )
    await waitUntil('the street on b', async () =>
      (await b.call('street.list', { programmeId })).some((s) => s.street.id === street.id),
    )
    await synchronised(a)
    expect(await a.call('sync.settings')).toMatchObject({ joined: true, hasPassword: true, username: 'anna' })
  })
})
