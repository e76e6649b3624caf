import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CouchStandIn } from '../support/couch-stand-in'
import { startHostProcess, type HostProcess } from '../support/web-host-process'
import { waitUntil } from '../support/wait-until'

// Two web hosts (two laptops) on two data folders share a programme through a CouchDB stand-in:
// express-pouchdb in memory on 127.0.0.1, started and stopped by this test (CouchDB itself cannot be
// installed on the build machines). The hosts speak to it exactly as to CouchDB.
let work: string
let rendererDir: string
let server: CouchStandIn
const hosts: HostProcess[] = []

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'kc-sync-hosts-'))
  rendererDir = join(work, 'renderer')
  await mkdir(rendererDir)
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html>')
  server = new CouchStandIn()
  await server.start()
  await server.createDatabase('oldebroek-voor-mekaar')
}, 120_000)

afterAll(async () => {
  for (const host of hosts) if (host.child.exitCode === null) await host.stop()
  await server.stop()
  await rm(work, { recursive: true, force: true })
})

async function host(name: string): Promise<HostProcess> {
  const started = await startHostProcess({ dataDir: join(work, name), rendererDir })
  hosts.push(started)
  return started
}

/** Calls a method and answers its value; fails the test with the Dutch message when it fails. */
async function call<T>(on: HostProcess, method: string, input?: unknown): Promise<T> {
  const { body } = await on.call(method, input)
  if (!body.ok) throw new Error(`${method}: ${body.error?.message ?? 'failed'}`)
  return body.value as T
}

async function state(on: HostProcess): Promise<{ state: string; pending: number }> {
  return call(on, 'sync.status')
}

async function synchronised(on: HostProcess): Promise<void> {
  await waitUntil('synchronised', async () => {
    const now = await state(on)
    return now.state === 'synchronised' && now.pending === 0
  })
}

/** Both laptops' sync status and log, and whether each host still runs: why a wait gave up. */
async function explain(laptops: Record<string, HostProcess>): Promise<string> {
  const parts = await Promise.all(
    Object.entries(laptops).map(async ([name, on]) => {
      const alive = on.child.exitCode === null && on.child.signalCode === null
      const sync = alive
        ? await Promise.all([call(on, 'sync.status'), call(on, 'sync.log')]).catch(String)
        : `exited (${on.child.exitCode ?? on.child.signalCode})`
      return `${name}: ${JSON.stringify(sync)}\n${on.output().slice(-4000)}`
    }),
  )
  return parts.join('\n')
}

async function teamNames(on: HostProcess, programmeId: string): Promise<Set<string>> {
  return new Set((await call<Array<{ name: string }>>(on, 'team.list', { programmeId })).map((m) => m.name))
}

describe('two laptops sharing a programme', () => {
  it('converge after offline work, resume after the server went away, and lose no acknowledged change when killed', async () => {
    const a = await host('laptop-a')
    const b = await host('laptop-b')
    const { id: programmeId } = await call<{ id: string }>(a, 'programme.create', {
      name: 'Oldebroek Voor Mekaar',
      gemeente: 'Oldebroek',
      period: { start: '2026-01-01' },
    })
    const login = { serverUrl: server.url, database: 'oldebroek-voor-mekaar', password: 'geheim-wachtwoord' }
    await call(a, 'sync.join', { ...login, username: 'anna', programmeId })
    await synchronised(a)
    await call(b, 'sync.join', { ...login, username: 'bram' })
    await synchronised(b)

    // Offline: each laptop adds something of its own.
    await server.stop()
    const street = await call<{ id: string }>(a, 'street.create', { programmeId, name: 'Zwaluwstraat' })
    const idea = await call<{ id: string }>(b, 'idea.create', {
      programmeId,
      title: 'Moestuin achter de school',
    })
    await waitUntil('a knows it is offline', async () => (await state(a)).state === 'offline')
    expect((await state(a)).pending).toBeGreaterThan(0)
    await server.start()
    await waitUntil('street on b', async () =>
      (await call<Array<{ street: { id: string } }>>(b, 'street.list', { programmeId })).some(
        (item) => item.street.id === street.id,
      ),
    )
    await waitUntil('idea on a', async () => (await a.call('idea.get', { ideaId: idea.id })).body.ok)

    // The server goes away as soon as 300 addresses are added, while they are on their way, and comes
    // back. Not waiting for a "pending" state first: on a fast run the whole batch may be sent between
    // two looks, and the wait would then never end.
    await call(a, 'address.addRange', { streetId: street.id, from: 1, to: 300 })
    await server.stop()
    await server.start()
    await waitUntil(
      'all 300 addresses on b',
      async () => {
        const list = await call<unknown[]>(b, 'address.list', { streetId: street.id })
        return list.length === 300
      },
      90_000,
      () => explain({ a, b }),
    )

    // SIGKILL of laptop a while it writes and shares: every acknowledged change reaches b after a restart.
    const acknowledged: string[] = []
    let writing = true
    const writer = (async () => {
      for (let n = 0; writing; n += 1) {
        const response = await a
          .call('team.create', { programmeId, name: `Coach ${n}` })
          .catch(() => undefined)
        if (response?.body.ok) acknowledged.push(`Coach ${n}`)
        else break
      }
    })()
    await waitUntil('a few changes acknowledged', () => acknowledged.length >= 10 || undefined)
    a.child.kill('SIGKILL')
    await new Promise((resolve) => a.child.once('exit', resolve))
    writing = false
    await writer
    const again = await host('laptop-a')
    // The browser version keeps the password for one session only: the coach types it again.
    await waitUntil('asks for the password', async () => (await state(again)).state === 'needsPassword')
    await call(again, 'sync.password', { password: 'geheim-wachtwoord' })
    await waitUntil('every acknowledged change on b', async () => {
      const names = await teamNames(b, programmeId)
      return acknowledged.every((name) => names.has(name))
    })
    await synchronised(again)
    await synchronised(b)
    const onA = await teamNames(again, programmeId)
    const onB = await teamNames(b, programmeId)
    expect([...onA].sort()).toEqual([...onB].sort())
    expect(await again.stop()).toBe(0)
    expect(await b.stop()).toBe(0)
  }, 600_000)
})
