import { spawn } from 'node:child_process'
import { readdir, readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { storeDataSchema } from '../../shared/model'
import { openStoreManager } from '../../main/store/store-manager'
import { STORE_FILE_NAME } from '../../main/store/store-paths'
import { crashKills, crashTestTimeout } from '../support/durability'
import { tempDirs } from '../unit/store/store-test-helpers'

const repoRoot = resolve(import.meta.dirname, '../..')
const childScript = join(repoRoot, 'test/fixtures/store/crash-child.ts')
/** 30 kills in the normal run, 200 in the durability run. */
const KILLS = crashKills('STORE_CRASH_KILLS', 30, 200)
const limits = { timeout: crashTestTimeout(KILLS) }

const dirs = tempDirs()
afterAll(() => dirs.cleanup())

/** A small seeded random generator, so a failing run can be repeated with the printed seed. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

interface RunResult {
  acked: string[]
  sawReady: boolean
  output: string
}

/**
 * When the kill comes: `delayMs` after the child was started, after it said READY, or after its first
 * acknowledged write (so in the middle of a burst, however slow the machine is).
 */
type KillMoment = 'before-ready' | 'after-ready' | 'mid-burst'

/** Starts the child, kills it with SIGKILL `delayMs` after `moment`, returns what it acknowledged. */
function runAndKill(dataDir: string, runId: string, delayMs: number, moment: KillMoment): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', childScript, dataDir, runId], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    let sawReady = false
    let timer: NodeJS.Timeout | undefined
    const kill = (): void => {
      child.kill('SIGKILL')
    }
    const schedule = (): void => {
      timer ??= setTimeout(kill, delayMs)
    }
    if (moment === 'before-ready') schedule()
    // Never hang: a child that stops making progress is killed all the same.
    const safety = setTimeout(kill, 60_000)
    child.stdout.setEncoding('utf8')
    child.stderr.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk
      if (!sawReady && stdout.includes('READY\n')) {
        sawReady = true
        if (moment === 'after-ready') schedule()
      }
      if (moment === 'mid-burst' && stdout.includes('\nACK ')) schedule()
    })
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk
    })
    child.on('error', reject)
    child.on('close', (_code, signal) => {
      clearTimeout(timer)
      clearTimeout(safety)
      if (signal !== 'SIGKILL') {
        reject(
          new Error(
            `child ended on its own (${String(_code)}): ${stdout.slice(-500)} ${stderr.slice(-2000)}`,
          ),
        )
        return
      }
      // Only complete lines count: a line cut off by the kill was never fully acknowledged.
      const lines = stdout.split('\n').slice(0, -1)
      const acked = lines.filter((line) => line.startsWith('ACK ')).map((line) => line.slice(4))
      resolvePromise({ acked, sawReady, output: stderr })
    })
  })
}

describe('store crash safety', () => {
  it(`keeps every acknowledged write across ${KILLS} SIGKILLs at random moments`, limits, async () => {
    const seed = Number(process.env['STORE_CRASH_SEED'] ?? Date.now() % 1_000_000)
    const random = mulberry32(seed)
    const dataDir = await dirs.make()
    const acknowledged = new Set<string>()
    let midBurstRuns = 0
    let killsWithAcknowledgedWrites = 0

    for (let run = 0; run < KILLS; run++) {
      const moment: KillMoment = run % 7 === 0 ? 'before-ready' : run % 7 === 1 ? 'after-ready' : 'mid-burst'
      const delayMs = Math.floor(random() * (moment === 'before-ready' ? 400 : 120))
      const result = await runAndKill(dataDir, `r${run}`, delayMs, moment)
      for (const name of result.acked) acknowledged.add(name)
      if (moment === 'mid-burst') midBurstRuns++
      if (result.acked.length > 0) killsWithAcknowledgedWrites++

      const context = `seed ${seed}, run ${run}, ${moment} + ${delayMs} ms`
      const raw = await readFile(join(dataDir, STORE_FILE_NAME), 'utf8').catch(() => undefined)
      if (raw === undefined) {
        // Killed before the very first file was written: nothing can have been acknowledged.
        expect(acknowledged.size, context).toBe(0)
      } else {
        const parsed = storeDataSchema.safeParse(JSON.parse(raw))
        expect(parsed.success, context).toBe(true)
      }

      const manager = await openStoreManager({ dataDir })
      const state = manager.state()
      expect(state.status, `${context}: ${state.status === 'recovery' ? state.problem.message : ''}`).toBe(
        'ok',
      )
      if (state.status === 'ok') {
        const present = new Set(state.store.read().teamMembers.map((m) => m.name))
        const missing = [...acknowledged].filter((name) => !present.has(name))
        expect(missing, context).toEqual([])
      }
      await manager.close()
      const leftovers = (await readdir(dataDir)).filter((f) => f.endsWith('.tmp') || f.includes('.corrupt-'))
      expect(leftovers, context).toEqual([])
    }

    // Every mid-burst kill came after an acknowledged write (none was cut short by the safety kill).
    expect(killsWithAcknowledgedWrites).toBeGreaterThanOrEqual(midBurstRuns)
  })
})
