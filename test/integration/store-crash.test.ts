import { spawn } from 'node:child_process'
import { readdir, readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { storeDataSchema } from '../../shared/model'
import { openStoreManager } from '../../main/store/store-manager'
import { STORE_FILE_NAME } from '../../main/store/store-paths'
import { tempDirs } from '../unit/store/store-test-helpers'

const repoRoot = resolve(import.meta.dirname, '../..')
const childScript = join(repoRoot, 'test/fixtures/store/crash-child.ts')
const KILLS = 30

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

/** Starts the child, kills it with SIGKILL `delayMs` after it is ready (or after spawn), returns what it acknowledged. */
function runAndKill(
  dataDir: string,
  runId: string,
  delayMs: number,
  killBeforeReady: boolean,
): Promise<RunResult> {
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
    if (killBeforeReady) schedule()
    const safety = setTimeout(kill, 10_000)
    child.stdout.setEncoding('utf8')
    child.stderr.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk
      if (!sawReady && stdout.includes('READY\n')) {
        sawReady = true
        schedule()
      }
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
  it(`keeps every acknowledged write across ${KILLS} SIGKILLs at random moments`, async () => {
    const seed = Number(process.env['STORE_CRASH_SEED'] ?? Date.now() % 1_000_000)
    const random = mulberry32(seed)
    const dataDir = await dirs.make()
    const acknowledged = new Set<string>()
    let killsMidBurst = 0

    for (let run = 0; run < KILLS; run++) {
      const killBeforeReady = random() < 0.15
      const delayMs = killBeforeReady ? Math.floor(random() * 400) : Math.floor(random() * 120)
      const result = await runAndKill(dataDir, `r${run}`, delayMs, killBeforeReady)
      for (const name of result.acked) acknowledged.add(name)
      if (result.acked.length > 0) killsMidBurst++

      const context = `seed ${seed}, run ${run}, delay ${delayMs} ms${killBeforeReady ? ' (before ready)' : ''}`
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

    expect(acknowledged.size).toBeGreaterThan(KILLS)
    expect(killsMidBurst).toBeGreaterThan(KILLS / 2)
  }, 60_000)
})
