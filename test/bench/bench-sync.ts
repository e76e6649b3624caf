import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startRuntime, type Runtime } from '../../main/host/runtime'
import { CouchStandIn } from '../support/couch-stand-in'
import { waitUntil } from '../support/wait-until'

async function value<T>(runtime: Runtime, method: string, input?: unknown): Promise<T> {
  const response = await runtime.dispatch(method, input ?? {})
  if (!response.ok) throw new Error(`${method}: ${response.error.message}`)
  return response.value as T
}

async function synchronised(runtime: Runtime): Promise<void> {
  await waitUntil(
    'synchronised',
    async () => {
      const status = await value<{ state: string; pending: number }>(runtime, 'sync.status')
      return status.state === 'synchronised' && status.pending === 0
    },
    600_000,
  )
}

/**
 * Working as a team, on the programme in `dataDir`: the first sync of laptop a to the server (a
 * CouchDB stand-in, express-pouchdb in memory on 127.0.0.1), the first sync of an empty laptop b from
 * it, and the time for one change on a to show on b. Milliseconds.
 */
export async function benchSync(
  dataDir: string,
): Promise<{ firstPush: number; firstPull: number; oneChange: number }> {
  const server = new CouchStandIn()
  await server.start()
  await server.createDatabase('bench')
  const emptyDir = await mkdtemp(join(tmpdir(), 'kc-bench-sync-'))
  const a = await startRuntime({ dataDir, appVersion: 'bench' })
  const b = await startRuntime({ dataDir: emptyDir, appVersion: 'bench' })
  try {
    const [programme] = await value<Array<{ id: string }>>(a, 'programme.list')
    const programmeId = programme?.id ?? ''
    const login = { serverUrl: server.url, database: 'bench', password: 'bench-wachtwoord' }
    let started = performance.now()
    await value(a, 'sync.join', { ...login, username: 'a', programmeId })
    await synchronised(a)
    const firstPush = performance.now() - started
    started = performance.now()
    await value(b, 'sync.join', { ...login, username: 'b' })
    await synchronised(b)
    const firstPull = performance.now() - started
    started = performance.now()
    const street = await value<{ id: string }>(a, 'street.create', { programmeId, name: 'Benchstraat' })
    await waitUntil(
      'the change on b',
      async () =>
        (await value<Array<{ street: { id: string } }>>(b, 'street.list', { programmeId })).some(
          (item) => item.street.id === street.id,
        ),
      600_000,
    )
    const oneChange = performance.now() - started
    return { firstPush, firstPull, oneChange }
  } finally {
    await a.close()
    await b.close()
    await server.stop()
    await rm(emptyDir, { recursive: true, force: true })
  }
}
