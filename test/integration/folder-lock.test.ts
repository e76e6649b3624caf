import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startRuntime } from '../../main/host/runtime'
import { DataFolderInUseError, lockAddress, lockDataFolder } from '../../main/store/folder-lock'
import { startHostProcess } from '../support/web-host-process'

const dirs: string[] = []
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
})
async function dataDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kc-lock-'))
  dirs.push(dir)
  return dir
}

describe('one app per data folder', () => {
  it('refuses a second opening of the same folder with a Dutch explanation, and allows it once released', async () => {
    const dir = await dataDir()
    const first = await startRuntime({ dataDir: dir, appVersion: 'test' })
    const second = startRuntime({ dataDir: dir, appVersion: 'test' })
    await expect(second).rejects.toBeInstanceOf(DataFolderInUseError)
    await expect(second).rejects.toThrow(/al geopend in een ander venster van Krachtstroom Coach/)
    // Another folder is not affected.
    const other = await startRuntime({ dataDir: await dataDir(), appVersion: 'test' })
    await other.close()
    await first.close()
    const again = await startRuntime({ dataDir: dir, appVersion: 'test' })
    expect((await again.dispatch('app.status', {})).ok).toBe(true)
    await again.close()
  })

  it('takes over the lock of a process that was killed without cleaning up', async () => {
    const dir = await dataDir()
    // A child process takes the lock, says so, and is then killed with SIGKILL.
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(__dirname, '..', 'support', 'hold-folder-lock.ts'), dir],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    )
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()))
    await expect(lockDataFolder(dir)).rejects.toBeInstanceOf(DataFolderInUseError)
    child.kill('SIGKILL')
    await new Promise((resolve) => child.once('exit', resolve))
    if (process.platform !== 'win32') expect(existsSync(lockAddress(dir))).toBe(true)
    const lock = await lockDataFolder(dir)
    await lock.release()
  })

  it('a second web host on the same folder stops with the explanation, before touching the data', async () => {
    const dir = await dataDir()
    const rendererDir = await dataDir()
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html>')
    const first = await startHostProcess({ dataDir: dir, rendererDir })
    try {
      await expect(startHostProcess({ dataDir: dir, rendererDir })).rejects.toThrow(
        /exited with 1: .*al geopend in een ander venster van Krachtstroom Coach/s,
      )
      expect((await first.call('app.status')).status).toBe(200)
    } finally {
      expect(await first.stop()).toBe(0)
    }
  })

  it('gives every folder its own short address', () => {
    const a = lockAddress('/home/coach/Krachtstroom Coach', 'linux')
    expect(a).not.toBe(lockAddress('/home/coach/Andere map', 'linux'))
    expect(a.length).toBeLessThan(100)
    expect(lockAddress('C:\\Users\\coach\\AppData', 'win32')).toMatch(
      /^\\\\\?\\pipe\\krachtstroom-[0-9a-f]{24}$/,
    )
  })
})
