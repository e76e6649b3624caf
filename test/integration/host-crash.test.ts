import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { bundleWebHost } from '../support/bundle-web-host'
import { crashKills, crashTestTimeout } from '../support/durability'
import { startHostProcess, type HostProcess } from '../support/web-host-process'

/**
 * SIGKILL at random moments during bursts of writes through the web host's API: after every kill the
 * store must load, validate, hold every acknowledged write, and leave no temp files. Every fourth kill
 * comes at a random moment right after the host started; the others a random moment after the round's
 * first acknowledged write, so that they land in the middle of a burst however slow the machine is.
 * 25 kills in the normal run, 200 in the durability run.
 */
const KILLS = crashKills('HOST_CRASH_KILLS', 25, 200)
const limits = { timeout: crashTestTimeout(KILLS) }
const WRITERS = 4

let work: string
let entry: string
let rendererDir: string
let dataDir: string

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'kc-host-crash-'))
  rendererDir = join(work, 'renderer')
  dataDir = join(work, 'data')
  await mkdir(rendererDir)
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html>')
  entry = await bundleWebHost(join(work, 'web-host.cjs'))
}, 120_000)

afterAll(() => rm(work, { recursive: true, force: true }))

/** A small deterministic generator, so a failing run can be repeated with HOST_CRASH_SEED. */
function seeded(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

describe('web host killed with SIGKILL during bursts of writes', () => {
  it(`keeps every acknowledged write through ${KILLS} kills`, limits, async () => {
    const random = seeded(Number(process.env.HOST_CRASH_SEED ?? 8))
    const acknowledged = new Set<string>()
    let programmeId = ''
    let host: HostProcess | undefined

    for (let round = 0; round < KILLS; round += 1) {
      host = await startHostProcess({ dataDir, rendererDir, entry })
      const leftovers = (await readdir(dataDir)).filter((name) => name.endsWith('.tmp'))
      expect(leftovers, `temp files after restart ${round}`).toEqual([])
      const status = await host.call('app.status')
      expect(status.body.value, `store after kill ${round}`).toMatchObject({ store: 'ok' })

      if (!programmeId) {
        const created = await host.call('programme.create', {
          name: 'Crashtest',
          gemeente: 'Oldebroek',
          period: { start: '2026-01-01' },
        })
        programmeId = (created.body.value as { id: string }).id
      } else {
        const members = await host.call('team.list', { programmeId })
        const names = new Set((members.body.value as Array<{ name: string }>).map((m) => m.name))
        const missing = [...acknowledged].filter((name) => !names.has(name))
        expect(missing, `acknowledged writes lost after kill ${round}`).toEqual([])
      }

      const current = host
      let stop = false
      const writer = async (lane: number): Promise<void> => {
        for (let n = 0; !stop; n += 1) {
          const name = `r${round}-w${lane}-${n}`
          try {
            const result = await current.call('team.create', { programmeId, name })
            if (result.body.ok) acknowledged.add(name)
          } catch {
            return // the connection died with the process: not acknowledged
          }
        }
      }
      const writers = Array.from({ length: WRITERS }, (_, lane) => writer(lane))
      if (round % 4 !== 0) {
        // Mid-burst: wait for this round's first acknowledged write (a wait that fails if none comes).
        const before = acknowledged.size
        await vi.waitFor(() => expect(acknowledged.size).toBeGreaterThan(before), {
          timeout: 60_000,
          interval: 2,
        })
      }
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.floor(random() * 120)))
      current.child.kill('SIGKILL')
      await new Promise((resolve) => current.child.once('exit', resolve))
      stop = true
      await Promise.all(writers)
    }

    const final = await startHostProcess({ dataDir, rendererDir, entry })
    const members = await final.call('team.list', { programmeId })
    const names = new Set((members.body.value as Array<{ name: string }>).map((m) => m.name))
    expect([...acknowledged].filter((name) => !names.has(name))).toEqual([])
    expect(await final.stop()).toBe(0)
  })
})
