import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startRuntime, type Runtime } from '../../main/host/runtime'
import { nodeFsOps, type FsOps } from '../../main/store/fs-ops'
import { TEST_NOW } from '../support/test-runtime'

/** A filesystem whose rename or file writes fail with a chosen error code until the cause is cleared. */
function faultyFs(): {
  fsOps: FsOps
  fail: (code: string | undefined, on?: 'rename' | 'write' | 'open') => void
} {
  let failure: { code: string; on: 'rename' | 'write' | 'open' } | undefined
  const systemError = (code: string): Error => Object.assign(new Error(`${code}: simulated`), { code })
  const fsOps: FsOps = {
    ...nodeFsOps,
    open: async (path, flags, mode) => {
      if (failure?.on === 'open' && flags !== 'r') throw systemError(failure.code)
      const handle = await nodeFsOps.open(path, flags, mode)
      return {
        writeFile: async (data) => {
          if (failure?.on === 'write') throw systemError(failure.code)
          return handle.writeFile(data)
        },
        sync: () => handle.sync(),
        close: () => handle.close(),
      }
    },
    rename: async (from, to) => {
      if (failure?.on === 'rename') throw systemError(failure.code)
      return nodeFsOps.rename(from, to)
    },
  }
  return { fsOps, fail: (code, on = 'rename') => (failure = code ? { code, on } : undefined) }
}

let dir: string
let runtime: Runtime
let faults: ReturnType<typeof faultyFs>

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kc-faults-'))
  faults = faultyFs()
  runtime = await startRuntime({
    dataDir: dir,
    appVersion: 'test',
    clock: () => new Date(TEST_NOW),
    fsOps: faults.fsOps,
  })
})
afterEach(async () => {
  faults.fail(undefined)
  await runtime.close()
  await rm(dir, { recursive: true, force: true })
})

const storeFile = (): Promise<string> => readFile(join(dir, 'krachtstroom.json'), 'utf8')

describe('a write that fails on disk', () => {
  const cases: Array<{ label: string; code: string; on: 'rename' | 'write' | 'open'; message: RegExp }> = [
    { label: 'rename refused by antivirus (EPERM)', code: 'EPERM', on: 'rename', message: /in gebruik/ },
    { label: 'file busy (EBUSY)', code: 'EBUSY', on: 'rename', message: /in gebruik/ },
    { label: 'disk full (ENOSPC)', code: 'ENOSPC', on: 'write', message: /schijf is vol/ },
    { label: 'read-only data folder (EROFS)', code: 'EROFS', on: 'open', message: /alleen-lezen/ },
  ]

  for (const { label, code, on, message } of cases) {
    it(`${label}: a clear message, nothing acknowledged lost, disk unchanged, working again after`, async () => {
      const first = await runtime.dispatch('programme.create', {
        name: 'Bewaard',
        gemeente: 'Oldebroek',
        period: { start: '2026-01-01' },
      })
      expect(first.ok).toBe(true)
      const good = await storeFile()

      faults.fail(code, on)
      const failed = await runtime.dispatch('programme.create', {
        name: 'Niet bewaard',
        gemeente: 'Oldebroek',
        period: { start: '2026-01-01' },
      })
      expect(failed).toMatchObject({ ok: false, error: { code: 'WRITE_FAILED' } })
      expect(failed.ok ? '' : failed.error.message).toMatch(/^Opslaan is mislukt/)
      expect(failed.ok ? '' : failed.error.message).toMatch(message)
      const status = await runtime.dispatch('app.status', {})
      expect(status).toMatchObject({
        ok: true,
        value: { store: 'ok', lastWriteError: expect.stringMatching(message) },
      })
      expect(await storeFile()).toBe(good)
      const listed = await runtime.dispatch('programme.list', {})
      expect(listed.ok && (listed.value as Array<{ name: string }>).map((p) => p.name)).toEqual(['Bewaard'])

      faults.fail(undefined)
      const again = await runtime.dispatch('programme.create', {
        name: 'Weer bewaard',
        gemeente: 'Oldebroek',
        period: { start: '2026-01-01' },
      })
      expect(again.ok).toBe(true)
      const after = await runtime.dispatch('app.status', {})
      expect(after.ok && (after.value as { lastWriteError?: string }).lastWriteError).toBeUndefined()
      expect(JSON.parse(await storeFile()).programmes.map((p: { name: string }) => p.name)).toEqual([
        'Bewaard',
        'Weer bewaard',
      ])
      expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([])
    })
  }
})
