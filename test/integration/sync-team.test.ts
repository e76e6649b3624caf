import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { startRuntime } from '../../main/host/runtime'
import { CouchStandIn } from '../support/couch-stand-in'
import { startTestRuntime, TEST_NOW, type TestRuntime } from '../support/test-runtime'
import { waitUntil } from '../support/wait-until'

// The team's server in these tests is a CouchDB stand-in: express-pouchdb in memory on 127.0.0.1
// (CouchDB itself cannot be installed on the build machines). The apps speak to it exactly as to CouchDB.
// Each scenario waits for replication states; on a loaded machine that can take minutes.
vi.setConfig({ testTimeout: 300_000 })
let server: CouchStandIn
let databases = 0
const running: TestRuntime[] = []

beforeAll(async () => {
  server = new CouchStandIn()
  await server.start()
})
afterAll(async () => {
  await server.stop()
})
afterEach(async () => {
  await server.start().catch(() => undefined)
  await Promise.all(running.splice(0).map((t) => t.dispose()))
})

async function laptop(): Promise<TestRuntime> {
  const t = await startTestRuntime()
  running.push(t)
  return t
}

/** Closes the app on a laptop and starts it again on the same data folder (the password is asked again). */
async function restart(t: TestRuntime): Promise<TestRuntime> {
  await t.runtime.close()
  const runtime = await startRuntime({
    dataDir: t.dataDir,
    appVersion: '0.0.0-test',
    clock: () => new Date(TEST_NOW),
  })
  const again: TestRuntime = {
    ...t,
    runtime,
    raw: (method, input) => runtime.dispatch(method, input),
    call: async (method, input) => {
      const response = await runtime.dispatch(method, input)
      if (!response.ok) throw new Error(`${response.error.code}: ${response.error.message}`)
      return response.value as never
    },
    dispose: async () => {
      await runtime.close()
      await t.dispose().catch(() => undefined)
    },
  }
  running.splice(running.indexOf(t), 1, again)
  return again
}

interface Team {
  a: TestRuntime
  b: TestRuntime
  programmeId: string
  db: string
}

/** Laptop a shares a new programme through a fresh database; laptop b joins and receives it. */
async function team(): Promise<Team> {
  databases += 1
  const db = `programma-${databases}`
  await server.createDatabase(db)
  const a = await laptop()
  const b = await laptop()
  const { id: programmeId } = await a.call('programme.create', {
    name: 'Oldebroek Voor Mekaar',
    gemeente: 'Oldebroek',
    period: { start: '2026-01-01' },
  })
  const login = { serverUrl: server.url, database: db, password: 'geheim-wachtwoord' }
  await a.call('sync.join', { ...login, username: 'anna', programmeId })
  await synchronised(a)
  // The colleague names no programme: the one in the team's database is taken.
  await b.call('sync.join', { ...login, username: 'bram' })
  await waitUntil('the programme on b', async () =>
    (await b.call('programme.list')).some((p) => p.id === programmeId),
  )
  await synchronised(b)
  return { a, b, programmeId, db }
}

async function synchronised(t: TestRuntime): Promise<void> {
  await waitUntil('synchronised', async () => {
    const status = await t.call('sync.status')
    return status.state === 'synchronised' && status.pending === 0
  })
}

describe('sharing a programme through the team server', () => {
  it('refuses an http address that is not this computer, naming the field, and changes nothing', async () => {
    const t = await laptop()
    const { id: programmeId } = await t.call('programme.create', {
      name: 'P',
      gemeente: 'G',
      period: { start: '2026-01-01' },
    })
    const response = await t.raw('sync.join', {
      serverUrl: 'http://couch.gemeente.nl',
      database: 'p',
      username: 'a',
      password: 'x',
      programmeId,
    })
    expect(response.ok).toBe(false)
    if (!response.ok) expect(response.error.message).toMatch(/^Serveradres moet met https:\/\/ beginnen/)
    expect((await t.call('sync.settings')).joined).toBe(false)
    expect((await t.call('sync.status')).state).toBe('off')
  })

  it('two laptops edit different things offline and converge', async () => {
    const { a, b, programmeId } = await team()
    await server.stop()
    await waitUntil('a offline', async () => (await a.call('sync.status')).state === 'offline' || undefined)
    const street = await a.call('street.create', { programmeId, name: 'Zwaluwstraat' })
    const idea = await b.call('idea.create', { programmeId, title: 'Moestuin achter de school' })
    const waiting = await a.call('sync.status')
    expect(waiting.pending).toBeGreaterThan(0)
    await server.start()
    await waitUntil('street on b', async () =>
      (await b.call('street.list', { programmeId })).some((s) => s.street.id === street.id),
    )
    await waitUntil('idea on a', async () => (await a.call('idea.get', { ideaId: idea.id })).idea.title)
    await synchronised(a)
    await synchronised(b)
    expect((await a.call('idea.get', { ideaId: idea.id })).idea.title).toBe('Moestuin achter de school')
  })

  it('the same idea edited on both laptops is a visible conflict with both versions; no history entry is lost', async () => {
    const { a, b, programmeId } = await team()
    const idea = await a.call('idea.create', { programmeId, title: 'Moestuin' })
    await waitUntil('idea on b', async () => (await b.call('idea.get', { ideaId: idea.id })).idea.id)
    await synchronised(a)
    await synchronised(b)
    await server.stop()
    await a.call('idea.update', { ideaId: idea.id, title: 'Moestuin bij de school' })
    await b.call('idea.update', { ideaId: idea.id, title: 'Moestuin in het park' })
    await b.call('idea.setStatus', {
      ideaId: idea.id,
      status: 'uitgewerkt',
      note: 'Met drie bewoners uitgewerkt',
    })
    await server.start()
    for (const side of [a, b]) {
      const [conflict] = await waitUntil('conflict', async () => {
        const list = await side.call('sync.conflicts')
        return list.length > 0 ? list : undefined
      })
      expect(conflict?.message).toMatch(/^Ideeën: '.*' is op twee laptops gewijzigd$/)
      const titles = conflict?.fields.find((f) => f.field === 'title')?.values
      expect(titles).toEqual(expect.arrayContaining(['Moestuin bij de school', 'Moestuin in het park']))
      await waitUntil(
        'conflict in the header',
        async () => (await side.call('sync.status')).state === 'conflict',
      )
      const onSide = await waitUntil(
        'merged history',
        async () => {
          const got = (await side.call('idea.get', { ideaId: idea.id })).idea
          return got.history.some((entry) => entry.note === 'Met drie bewoners uitgewerkt') ? got : undefined
        },
        90_000,
        async () =>
          JSON.stringify({
            idea: (await side.call('idea.get', { ideaId: idea.id })).idea,
            conflicts: await side.call('sync.conflicts'),
            log: await side.call('sync.log'),
            side: side === a ? 'a' : 'b',
          }),
      )
      expect(onSide.status).toBe('uitgewerkt')
    }
    // The coach on a keeps b's title; both laptops end with it and without a conflict.
    const [conflict] = await a.call('sync.conflicts')
    const titles = conflict?.fields.find((f) => f.field === 'title')?.values ?? []
    const chosen = titles.indexOf('Moestuin in het park')
    await a.call('sync.resolve', { docId: conflict?.docId ?? '', choices: { title: chosen } })
    for (const side of [a, b]) {
      await waitUntil('settled', async () => (await side.call('sync.conflicts')).length === 0)
      await waitUntil(
        'chosen title',
        async () => (await side.call('idea.get', { ideaId: idea.id })).idea.title === 'Moestuin in het park',
      )
      const history = (await side.call('idea.get', { ideaId: idea.id })).idea.history
      expect(history.some((entry) => entry.note === 'Met drie bewoners uitgewerkt')).toBe(true)
    }
  })

  it('removing on one laptop and editing on the other is a conflict too', async () => {
    const { a, b, programmeId } = await team()
    const street = await a.call('street.create', { programmeId, name: 'Merelstraat' })
    await waitUntil('street on b', async () =>
      (await b.call('street.list', { programmeId })).some((s) => s.street.id === street.id),
    )
    await synchronised(a)
    await synchronised(b)
    await server.stop()
    await a.call('street.delete', { streetId: street.id })
    await b.call('street.update', { streetId: street.id, name: 'Merelstraat-Noord' })
    await server.start()
    const conflict = await waitUntil('conflict on a', async () => (await a.call('sync.conflicts'))[0])
    expect(conflict.fields.map((f) => f.field)).toContain('deletedAt')
    expect(conflict.fields.map((f) => f.field)).toContain('name')
  })

  it('a document pushed straight to the server that does not fit the model is refused by both laptops', async () => {
    const { a, b, programmeId, db } = await team()
    const id = '0b8a3c8e-5d2f-4a53-9d0e-2a7c1f9b6e11'
    await server.putDirect(db, {
      _id: `ideas:${id}`,
      collection: 'ideas',
      programmeId,
      entity: { id, programmeId, title: 42, status: 'verzonnen' },
    })
    for (const side of [a, b]) {
      const refused = await waitUntil('set aside', async () => (await side.call('sync.log')).setAside[0])
      expect(refused.docId).toBe(`ideas:${id}`)
      expect(refused.reason).toMatch(/^Ideeën: /)
      expect((await side.call('sync.status')).setAside).toBe(1)
      expect((await side.call('idea.list', { programmeId })).some((i) => i.idea.id === id)).toBe(false)
    }
  })

  it('keeps the sync log and the refused documents across a restart of the app', async () => {
    const { a, programmeId, db } = await team()
    const id = '7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f'
    await server.putDirect(db, {
      _id: `ideas:${id}`,
      collection: 'ideas',
      programmeId,
      entity: { id, programmeId, title: ['geen', 'tekst'] },
    })
    await waitUntil('set aside', async () => (await a.call('sync.log')).setAside[0])
    const before = await a.call('sync.log')
    const again = await restart(a)
    const after = await waitUntil('the log after the restart', async () => {
      const log = await again.call('sync.log')
      return log.runs.some((run) => run.kind === 'stopped') ? log : undefined
    })
    expect(after.setAside).toEqual(before.setAside)
    expect((await again.call('sync.status')).setAside).toBe(1)
    // The newest first: the new start, the stop of the app, then every entry from before.
    expect(after.runs.slice(0, 2).map((run) => run.kind)).toEqual(['started', 'stopped'])
    expect(after.runs.slice(2)).toEqual(before.runs)
  })

  it('keeps resident names, phone numbers and door notes off the server by default', async () => {
    const { a, b, programmeId, db } = await team()
    const street = await a.call('street.create', { programmeId, name: 'Lijsterstraat' })
    const address = await a.call('address.create', {
      streetId: street.id,
      houseNumber: 7,
      householdNote: 'Mevrouw Zonnebloem zorgt voor haar zieke man',
    })
    await a.call('contact.record', {
      addressId: address.id,
      outcome: 'gesprek',
      note: 'Wil graag teruggebeld worden over de mantelzorg',
      residentName: 'Hermina Zonnebloem',
      phone: '0612345678',
      consentToContact: true,
    })
    const idea = await a.call('idea.create', {
      programmeId,
      title: 'Bankje bij de vijver',
      initiators: [{ pseudonym: 'bewoner Lijsterstraat', name: 'Hermina Zonnebloem' }],
    })
    await waitUntil('idea on b', async () => (await b.call('idea.get', { ideaId: idea.id })).idea.id)
    await synchronised(a)
    const everything = JSON.stringify(await server.allDocs(db))
    expect(everything).toContain('Bankje bij de vijver')
    for (const secret of ['Zonnebloem', '0612345678', '612345678', 'mantelzorg', 'zieke man']) {
      expect(everything).not.toContain(secret)
    }
    // Still on the laptop that recorded them, after the round trip through the server.
    const onA = await a.call('address.list', { streetId: street.id })
    expect(JSON.stringify(onA)).toContain('Hermina Zonnebloem')
    expect((await a.call('idea.get', { ideaId: idea.id })).idea.initiators[0]?.name).toBe(
      'Hermina Zonnebloem',
    )
  })
})
