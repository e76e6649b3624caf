import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { CouchStandIn } from '../support/couch-stand-in'
import { type TestRuntime } from '../support/test-runtime'
import { Laptops, synchronised } from '../support/sync-laptops'
import { waitUntil } from '../support/wait-until'

// The team's server is a CouchDB stand-in: express-pouchdb in memory on 127.0.0.1 (CouchDB itself cannot
// be installed on the build machines), here with logins switched on, so it answers a wrong user name or
// password with CouchDB's 401. Each scenario waits for replication states; on a loaded machine that can
// take minutes.
vi.setConfig({ testTimeout: 300_000 })
let server: CouchStandIn
let databases = 0
const laptops = new Laptops()

beforeAll(async () => {
  server = new CouchStandIn()
  server.addUser('anna', 'juist-wachtwoord')
  server.addUser('bram', 'ander-wachtwoord')
  await server.start()
})
afterAll(async () => {
  await server.stop()
})
afterEach(async () => {
  server.addUser('anna', 'juist-wachtwoord')
  await laptops.closeAll()
})

function laptop(): Promise<TestRuntime> {
  return laptops.open()
}

/** A fresh database on the server and a laptop with a programme that holds a street. */
async function laptopWithProgramme(): Promise<{ t: TestRuntime; programmeId: string; db: string }> {
  databases += 1
  const db = `login-${databases}`
  await server.createDatabase(db)
  const t = await laptop()
  const { id: programmeId } = await t.call('programme.create', {
    name: 'Oldebroek Voor Mekaar',
    gemeente: 'Oldebroek',
    period: { start: '2026-01-01' },
  })
  await t.call('street.create', { programmeId, name: 'Zwaluwstraat' })
  return { t, programmeId, db }
}

/** Expects a refused join that names the user name and password in Dutch and changes nothing. */
async function expectLoginRefused(t: TestRuntime, input: Record<string, unknown>): Promise<void> {
  const before = await t.call('programme.list')
  const response = await t.raw('sync.join', input)
  expect(response.ok).toBe(false)
  if (response.ok) return
  // Not UNAUTHORIZED: that code means the app's own session (HTTP 401 in the browser version).
  expect(response.error.code).toBe('BAD_REQUEST')
  expect(response.error.field).toBe('password')
  expect(response.error.message).toMatch(/gebruikersnaam/)
  expect(response.error.message).toMatch(/wachtwoord/)
  expect(response.error.message).toContain(String(input.username))
  expect(response.error.message).not.toMatch(/unauthorized|Error|at \w+ \(|status/i)
  expect(await t.call('sync.settings')).toMatchObject({ joined: false, hasPassword: false, serverUrl: '' })
  expect((await t.call('sync.status')).state).toBe('off')
  expect(await t.call('programme.list')).toEqual(before)
}

describe('logging in to the team server', () => {
  it('a wrong password or an unknown user is refused in Dutch, naming the login, and changes nothing', async () => {
    const { t, programmeId, db } = await laptopWithProgramme()
    const login = { serverUrl: server.url, database: db, username: 'anna' }
    await expectLoginRefused(t, { ...login, password: 'verkeerd', programmeId })
    // A colleague who takes the programme from the server gets the same answer.
    await expectLoginRefused(t, { ...login, password: 'verkeerd' })
    await expectLoginRefused(t, { ...login, username: 'onbekend', password: 'juist-wachtwoord', programmeId })
    const streets = await t.call('street.list', { programmeId })
    expect(streets.map((s) => s.street.name)).toEqual(['Zwaluwstraat'])
    // Nothing reached the server either.
    expect((await server.allDocs(db)).filter((row) => !row.id.startsWith('_'))).toEqual([])

    // A database the administrator has not made is named as such, not as a wrong login.
    const missing = await t.raw('sync.join', {
      ...login,
      database: 'bestaat-niet',
      password: 'juist-wachtwoord',
      programmeId,
    })
    expect(missing.ok).toBe(false)
    if (!missing.ok) {
      expect(missing.error).toMatchObject({ code: 'NOT_FOUND', field: 'database' })
      expect(missing.error.message).toMatch(/^Deze database bestaat niet op de server/)
    }
    expect((await t.call('sync.settings')).joined).toBe(false)

    // With the right password the same laptop joins.
    await t.call('sync.join', { ...login, password: 'juist-wachtwoord', programmeId })
    await synchronised(t)
    expect((await server.allDocs(db)).some((row) => row.id.startsWith('streets:'))).toBe(true)
  })

  it('a user who logs in correctly but is not a member of the database is told to ask for access', async () => {
    const { t, programmeId, db } = await laptopWithProgramme()
    server.setMembers(db, ['anna'])
    const response = await t.raw('sync.join', {
      serverUrl: server.url,
      database: db,
      username: 'bram',
      password: 'ander-wachtwoord',
      programmeId,
    })
    expect(response.ok).toBe(false)
    if (!response.ok) {
      expect(response.error).toMatchObject({ code: 'BAD_REQUEST', field: 'database' })
      expect(response.error.message).toMatch(/^Je bent ingelogd, maar je gebruiker heeft geen toegang/)
    }
    expect(await t.call('sync.settings')).toMatchObject({ joined: false, hasPassword: false })
    expect((await t.call('sync.status')).state).toBe('off')
    expect((await server.allDocs(db)).filter((row) => !row.id.startsWith('_'))).toEqual([])
    // A member joins the same database.
    await t.call('sync.join', {
      serverUrl: server.url,
      database: db,
      username: 'anna',
      password: 'juist-wachtwoord',
      programmeId,
    })
    await synchronised(t)
  })

  it('a password changed on the server while joined: the status says the login is refused, and a new password resumes', async () => {
    const { t, programmeId, db } = await laptopWithProgramme()
    await t.call('sync.join', {
      serverUrl: server.url,
      database: db,
      username: 'anna',
      password: 'juist-wachtwoord',
      programmeId,
    })
    await synchronised(t)

    // The administrator gives anna a new password; this laptop still has the old one.
    server.addUser('anna', 'nieuw-wachtwoord')
    const street = await t.call('street.create', { programmeId, name: 'Merelstraat' })
    // The live feed may meet the refusal before the new street is in the local copy: wait for both.
    await waitUntil('login refused with the street waiting', async () => {
      const now = await t.call('sync.status')
      return now.state === 'loginRefused' && now.pending > 0
    })
    const refused = await t.call('sync.status')
    expect(refused.message).toMatch(/wachtwoord/)
    expect(refused.message).not.toMatch(/unauthorized/i)
    // It stays refused (no silent retrying with a password the server rejects).
    expect((await t.call('sync.status')).state).toBe('loginRefused')
    const log = await t.call('sync.log')
    expect(log.runs.some((run) => run.kind === 'error' && /wachtwoord/.test(run.message))).toBe(true)
    expect((await t.call('sync.settings')).joined).toBe(true)

    // The coach types the new password: sharing resumes and the waiting change reaches the server.
    await t.call('sync.password', { password: 'nieuw-wachtwoord' })
    await synchronised(t)
    expect((await server.allDocs(db)).some((row) => row.id === `streets:${street.id}`)).toBe(true)
  })
})
