import { createRequire } from 'node:module'
import { afterEach, describe, expect, it } from 'vitest'
import { type PouchDatabase, type RawDoc } from '../../../main/services/sync/local-db'
import { SyncEngine } from '../../../main/services/sync/sync-engine'
import { type Store } from '../../../main/store/types'
import { CURRENT_SCHEMA_VERSION, storeCollections, type StoreData } from '../../../shared/model'
import { waitUntil } from '../../support/wait-until'

const require = createRequire(import.meta.url)
const Pouch = (
  require('pouchdb-core') as {
    plugin: (plugin: unknown) => { defaults: (options: object) => new (name: string) => PouchDatabase }
  }
)
  .plugin(require('pouchdb-adapter-memory'))
  .defaults({ adapter: 'memory' })

const programmeId = '5f0c2d6e-8a4b-4c1d-9e2f-3a4b5c6d7e8f'
const ideaId = '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e'
const stamp = '2026-11-01T10:00:00.000Z'

const programme = {
  id: programmeId,
  createdAt: stamp,
  updatedAt: stamp,
  name: 'Oldebroek Voor Mekaar',
  gemeente: 'Oldebroek',
  period: { start: '2026-01-01' },
}
const collected = { at: stamp, date: '2026-11-01', status: 'opgehaald', by: '', note: 'Idee opgehaald.' }
const idea = {
  id: ideaId,
  programmeId,
  createdAt: stamp,
  updatedAt: stamp,
  title: 'Moestuin',
  collectedOn: '2026-11-01',
  status: 'opgehaald',
  history: [collected],
}

/**
 * A store whose updates can be held at a gate, to put a commit of the coach exactly between the
 * moment the engine planned an arrival and the moment its update runs. Entities are replaced, never
 * changed in place, as with the real store's structural sharing.
 */
class GatedStore implements Pick<Store, 'read' | 'update'> {
  data: StoreData
  gate: Promise<void> | undefined
  held = false
  committed: () => void = () => undefined

  constructor(data: StoreData) {
    this.data = data
  }

  read(): Readonly<StoreData> {
    return this.data
  }

  async update<T>(mutate: (data: StoreData, base: Readonly<StoreData>) => T): Promise<T> {
    if (this.gate) {
      this.held = true
      await this.gate
    }
    const base = this.data
    const draft = { ...base } as Record<string, unknown>
    for (const name of storeCollections) draft[name] = [...base[name]]
    const result = mutate(draft as unknown as StoreData, base)
    this.data = draft as unknown as StoreData
    this.committed()
    return result
  }

  /** A commit of the coach that does not wait at the gate (it was first in the store's queue). */
  commit(change: (data: StoreData) => StoreData): void {
    this.data = change(this.data)
    this.committed()
  }
}

function storeWith(ideas: unknown[]): StoreData {
  const data: Record<string, unknown> = { schemaVersion: CURRENT_SCHEMA_VERSION, settings: {} }
  for (const name of storeCollections) data[name] = []
  data.programmes = [programme]
  data.ideas = ideas
  return data as unknown as StoreData
}

const engines: SyncEngine[] = []
afterEach(async () => {
  await Promise.all(engines.splice(0).map((engine) => engine.stop()))
})

let names = 0

describe('an arrival and a change of the coach at the same moment', () => {
  it('keep both: the coach’s change is not overwritten, both versions are a conflict, and no history entry is lost', async () => {
    const db = new Pouch(`race-${(names += 1)}-${Date.now()}`)
    const store = new GatedStore(storeWith([idea]))
    const engine = new SyncEngine({
      local: db,
      remote: undefined,
      store: () => store as unknown as Store,
      programmeId,
      shareIdentifiers: false,
      clock: () => new Date(stamp),
    })
    engines.push(engine)
    store.committed = () => engine.storeCommitted()
    await engine.start()
    await engine.idle()
    const docId = `ideas:${ideaId}`
    const first = await db.get(docId)

    // Another laptop's edit arrives in the local copy; its update is held before it reaches the store.
    let release: () => void = () => undefined
    store.gate = new Promise<void>((resolve) => (release = resolve))
    await db.put({ ...first, entity: { ...idea, title: 'Moestuin in het park' } })
    await waitUntil('the arrival held at the store', () => store.held)

    // Meanwhile the coach records a status change on this laptop.
    const worked = { ...collected, at: '2026-11-02T10:00:00.000Z', date: '2026-11-02', status: 'uitgewerkt' }
    const mine = {
      ...idea,
      status: 'uitgewerkt',
      history: [collected, { ...worked, note: 'Met drie bewoners' }],
    }
    // The store's own schema fills in the defaults; the engine compares only what it reads.
    store.commit((data) => ({ ...data, ideas: [mine] as unknown as StoreData['ideas'] }))
    store.gate = undefined
    release()

    const [conflict] = await waitUntil('a conflict', async () => {
      await engine.idle()
      const list = engine.conflictList()
      return list.length > 0 ? list : undefined
    })
    expect(conflict?.fields.find((field) => field.field === 'title')?.values).toEqual(
      expect.arrayContaining(['Moestuin', 'Moestuin in het park']),
    )
    await engine.idle()
    const kept = store.read().ideas.find((entity) => entity.id === ideaId)
    expect(kept?.history.map((entry) => entry.note)).toEqual(['Idee opgehaald.', 'Met drie bewoners'])
    expect(kept?.status).toBe('uitgewerkt')
    // The merged history is written back on the winning version, so the other laptop gets it too.
    const winner = (await db.get(docId, { conflicts: true })) as RawDoc & { entity: typeof idea }
    expect(winner._conflicts?.length).toBe(1)
    expect(winner.entity.history.map((entry) => entry.note)).toEqual(['Idee opgehaald.', 'Met drie bewoners'])
  })
})
