import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { withInfoThatAnswers, type PouchDatabase } from '../../../main/services/sync/local-db'

const require = createRequire(import.meta.url)

/** PouchDB with an in-memory adapter and replication, as the team server's stand-in uses. */
function memoryPouch(): new (name: string) => PouchDatabase & {
  replicate: { from: (source: PouchDatabase) => Promise<{ ok: boolean }> }
} {
  const core = require('pouchdb-core') as {
    plugin: (plugin: unknown) => { plugin: (plugin: unknown) => { defaults: (options: object) => never } }
  }
  return core
    .plugin(require('pouchdb-adapter-memory'))
    .plugin(
      (require('pouchdb-replication') as { default?: unknown }).default ?? require('pouchdb-replication'),
    )
    .defaults({ adapter: 'memory' })
}

let names = 0
const fresh = (): string => `local-db-test-${(names += 1)}-${Date.now()}`

describe('a database handed to the replication', () => {
  it('answers its info even when the server cannot be reached, so the process never ends on it', async () => {
    const Pouch = memoryPouch()
    const server = new Pouch(fresh())
    const unreachable = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })
    server.info = () => Promise.reject(unreachable)
    await server.put({ _id: 'streets:1', collection: 'streets' })

    const guarded = withInfoThatAnswers(server)
    expect(withInfoThatAnswers(guarded)).toBe(guarded)
    await expect(guarded.info()).resolves.toEqual({ update_seq: 0, doc_count: 0 })

    // The replication asks the source for its info after each batch without handling a failure.
    const laptop = new Pouch(fresh())
    const result = await laptop.replicate.from(guarded)
    expect(result.ok).toBe(true)
    expect((await laptop.get('streets:1'))._id).toBe('streets:1')
  })
})
