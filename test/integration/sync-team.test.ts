import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { CouchStandIn } from '../support/couch-stand-in'
import {
  identifierProbes,
  markerOf,
  plantedStore,
  residentFields,
  signalOnlyFields,
  type FieldPath,
} from '../support/planted-identifiers'
import { type TestRuntime } from '../support/test-runtime'
import { Laptops, synchronised } from '../support/sync-laptops'
import { waitUntil } from '../support/wait-until'
import { type StoreData } from '../../shared/model'

// The team's server in these tests is a CouchDB stand-in: express-pouchdb in memory on 127.0.0.1
// (CouchDB itself cannot be installed on the build machines). The apps speak to it exactly as to CouchDB.
// Each scenario waits for replication states; on a loaded machine that can take minutes.
vi.setConfig({ testTimeout: 300_000 })
let server: CouchStandIn
let databases = 0
const laptops = new Laptops()

beforeAll(async () => {
  server = new CouchStandIn()
  await server.start()
})
afterAll(async () => {
  await server.stop()
})
afterEach(async () => {
  await server.start().catch(() => undefined)
  await laptops.closeAll()
})

function laptop(data?: StoreData): Promise<TestRuntime> {
  return laptops.open(data ? { data } : {})
}

function restart(t: TestRuntime): Promise<TestRuntime> {
  return laptops.restart(t)
}

interface Team {
  a: TestRuntime
  b: TestRuntime
  programmeId: string
  db: string
}

/**
 * Laptop a shares a programme through a fresh database (a new one, or the first of `data`); laptop b
 * joins and receives it.
 */
async function team(data?: StoreData): Promise<Team> {
  databases += 1
  const db = `programma-${databases}`
  await server.createDatabase(db)
  const a = await laptop(data)
  const b = await laptop()
  const programmeId =
    data?.programmes[0]?.id ??
    (
      await a.call('programme.create', {
        name: 'Oldebroek Voor Mekaar',
        gemeente: 'Oldebroek',
        period: { start: '2026-01-01' },
      })
    ).id
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

/** A document as the server holds it. */
interface ServerDoc {
  collection?: string
  entity?: unknown
}

/** The values at a planting path (`initiators[].name`) inside one entity. */
function valuesAt(value: unknown, path: readonly FieldPath[]): unknown[] {
  const [head, ...rest] = path
  if (head === undefined) return value === undefined ? [] : [value]
  if (value === null || typeof value !== 'object') return []
  const key = head.endsWith('[]') ? head.slice(0, -2) : head
  const inner = (value as Record<string, unknown>)[key]
  if (!head.endsWith('[]')) return valuesAt(inner, rest)
  return Array.isArray(inner) ? inner.flatMap((item: unknown) => valuesAt(item, rest)) : []
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
      // Started again: the newest entry is the new start.
      return log.runs[0]?.kind === 'started' && log.runs.length > before.runs.length ? log : undefined
    })
    expect(after.setAside).toEqual(before.setAside)
    expect((await again.call('sync.status')).setAside).toBe(1)
    // Newest first: the new start, the stop of the app (and whatever the replication logged meanwhile),
    // then every entry from before, in the same order.
    expect(after.runs.slice(1).find((run) => run.kind !== 'synced')?.kind).toBe('stopped')
    expect(after.runs.slice(-before.runs.length)).toEqual(before.runs)
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
    const neighbour = await a.call('address.create', { streetId: street.id, houseNumber: 9 })
    const resident = await a.call('resident.create', {
      programmeId,
      addressId: neighbour.id,
      name: 'Gerrit Klaproos',
      consentToBeNamed: true,
    })
    const {
      item: { signal },
    } = await a.call('signal.record', {
      addressId: neighbour.id,
      category: 'eenzaamheid',
      consent: 'vastleggen',
      consentHow: 'mondeling',
      consentOn: '2026-11-28',
      note: 'Voelt zich eenzaam sinds de verhuizing van zijn dochter',
    })
    const connection = await a.call('connection.create', {
      programmeId,
      kind: 'burenhulp',
      description: 'Buren drinken wekelijks koffie',
      residentIds: [resident.id],
      addressIds: [address.id],
      signalId: signal.id,
    })
    await waitUntil('idea on b', async () => (await b.call('idea.get', { ideaId: idea.id })).idea.id)
    await waitUntil('connection on b', async () =>
      (await b.call('connection.list', { programmeId })).some((c) => c.connection.id === connection.id),
    )
    await synchronised(a)
    const docs = await server.allDocs(db)
    const everything = JSON.stringify(docs)
    expect(everything).toContain('Bankje bij de vijver')
    expect(everything).toContain('Buren drinken wekelijks koffie')
    for (const secret of [
      'Zonnebloem',
      '0612345678',
      '612345678',
      'mantelzorg',
      'zieke man',
      'Klaproos',
      'eenzaam sinds de verhuizing',
    ]) {
      expect(everything).not.toContain(secret)
    }
    expect(docs.filter((row) => row.id.startsWith('signals:'))).toEqual([])
    // Still on the laptop that recorded them, after the round trip through the server.
    const onA = await a.call('address.list', { streetId: street.id })
    expect(JSON.stringify(onA)).toContain('Hermina Zonnebloem')
    expect((await a.call('idea.get', { ideaId: idea.id })).idea.initiators[0]?.name).toBe(
      'Hermina Zonnebloem',
    )
    const residentOnA = (await a.call('resident.list', { programmeId })).find(
      (item) => item.resident.id === resident.id,
    )
    expect(residentOnA?.resident.name).toBe('Gerrit Klaproos')
    expect((await a.call('signal.get', { signalId: signal.id })).note).toMatch(/eenzaam/)
  })

  it('keeps every planted identifier field off the server, and the other laptop works with connections whose signal stayed behind', async () => {
    const { a, b, programmeId, db } = await team(plantedStore())
    const onA = await a.call('connection.list', { programmeId })
    await waitUntil(
      'every connection on b',
      async () => (await b.call('connection.list', { programmeId })).length === onA.length,
    )
    await synchronised(a)
    await synchronised(b)
    const docs = (await server.allDocs(db)).flatMap((row) =>
      row.doc && typeof row.doc === 'object' ? [row.doc as ServerDoc] : [],
    )
    // Every field that says who a resident is: absent or empty in every document of its collection.
    for (const field of residentFields) {
      const [collection = '', ...path] = field.split('.')
      const holding = docs.filter((doc) => `${doc.collection}[]` === collection)
      expect(holding.length, `documents of ${collection}`).toBeGreaterThan(0)
      const values = holding.flatMap((doc) => valuesAt(doc.entity, path)).filter((value) => value !== '')
      expect(values, field).toEqual([])
    }
    // Signals stay on the laptop whole: no document, and no trace of their planted fields anywhere.
    const text = JSON.stringify(docs)
    expect(docs.filter((doc) => doc.collection === 'signals')).toEqual([])
    for (const field of signalOnlyFields) expect(text, field).not.toContain(markerOf(field))
    const addressPhone = identifierProbes().find((probe) => probe.label === 'telefoon van het adres')
    expect(addressPhone?.test(text)).toBe(false)

    // On b the connections that grew from a signal point at a signal b does not have.
    const fromSignal = onA.filter((item) => item.connection.signalId !== undefined)
    expect(fromSignal.length).toBeGreaterThan(0)
    expect(await b.call('signal.list', { programmeId })).toEqual([])
    const listed = await b.call('connection.list', { programmeId })
    for (const item of fromSignal) {
      const there = listed.find((other) => other.connection.id === item.connection.id)
      expect(there?.connection.signalId).toBe(item.connection.signalId)
      expect(there?.streetNames).toEqual(item.streetNames)
    }
    const first = fromSignal[0]?.connection.id ?? ''
    await b.call('connection.check', { connectionId: first, running: true })
    await b.call('connection.update', { connectionId: first, description: 'Loopt nog, elke week' })
    const preview = await b.call('report.preview', { programmeId, kind: 'gemeente' })
    expect(preview.title).toBeTruthy()
    const report = await b.call('report.generate', { programmeId, kind: 'gemeente', includeNames: false })
    expect(report.fileName).toMatch(/\.docx$/)
    // b's change reaches a with the link to a's signal intact.
    await waitUntil('the check on a', async () => {
      const mine = (await a.call('connection.list', { programmeId })).find((c) => c.connection.id === first)
      return mine?.connection.description === 'Loopt nog, elke week' ? mine : undefined
    })
    const back = (await a.call('connection.list', { programmeId })).find((c) => c.connection.id === first)
    expect(back?.connection.signalId).toBe(fromSignal[0]?.connection.signalId)
    expect(back?.connection.checks.some((check) => check.running)).toBe(true)
  })
})
