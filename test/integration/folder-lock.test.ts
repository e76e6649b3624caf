import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:net'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startRuntime } from '../../main/host/runtime'
import {
  DataFolderInUseError,
  DataFolderLockError,
  LOCK_FILE_NAME,
  lockDataFolder,
} from '../../main/store/folder-lock'
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
    // The lock the killed process left is still there, and is taken over.
    expect(existsSync(join(dir, LOCK_FILE_NAME))).toBe(true)
    const lock = await lockDataFolder(dir)
    await lock.release()
    expect(existsSync(join(dir, LOCK_FILE_NAME))).toBe(false)
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

  it('keeps the lock inside the data folder, readable only by its owner', async () => {
    const dir = await dataDir()
    const lock = await lockDataFolder(dir)
    const file = join(dir, LOCK_FILE_NAME)
    const record = JSON.parse(await readFile(file, 'utf8')) as { pid: number; address: string }
    expect(record.pid).toBe(process.pid)
    if (process.platform !== 'win32') expect((await stat(file)).mode & 0o077).toBe(0)
    await lock.release()
  })

  it('cannot be blocked by another account squatting the old address in the temp folder', async () => {
    if (process.platform === 'win32') return
    const dir = await dataDir()
    // Where the lock used to be: a socket named after the folder, which anyone could create first.
    const key = createHash('sha256').update(dir).digest('hex').slice(0, 24)
    const squatter = await listen(join(tmpdir(), `krachtstroom-${key}.sock`))
    try {
      const runtime = await startRuntime({ dataDir: dir, appVersion: 'test' })
      expect((await runtime.dispatch('app.status', {})).ok).toBe(true)
      await runtime.close()
    } finally {
      await new Promise((resolve) => squatter.close(resolve))
    }
  })

  it('takes over a lock whose address answers with the wrong secret (not its holder)', async () => {
    const dir = await dataDir()
    const impostor = await listen(join(tmpdir(), `kc-impostor-${process.pid}.sock`), 'not-the-token')
    try {
      await writeFile(
        join(dir, LOCK_FILE_NAME),
        JSON.stringify({
          app: 'krachtstroom-coach',
          pid: 1,
          host: hostname(),
          address: join(tmpdir(), `kc-impostor-${process.pid}.sock`),
          token: '0123456789abcdef0123456789abcdef',
          since: '2026-01-01T00:00:00.000Z',
        }),
      )
      const lock = await lockDataFolder(dir)
      await lock.release()
    } finally {
      await new Promise((resolve) => impostor.close(resolve))
    }
  })

  it('takes over a damaged lock file', async () => {
    const dir = await dataDir()
    await writeFile(join(dir, LOCK_FILE_NAME), '{"half')
    const lock = await lockDataFolder(dir)
    await lock.release()
  })

  it('a lock of another account is explained honestly and left alone', async () => {
    const dir = await dataDir()
    await writeFile(join(dir, LOCK_FILE_NAME), '{}')
    const otherUid = (process.getuid?.() ?? 0) + 4242
    const attempt = lockDataFolder(dir, { uid: otherUid })
    if (process.platform === 'win32') {
      await (await attempt).release()
      return
    }
    await expect(attempt).rejects.toBeInstanceOf(DataFolderLockError)
    await expect(attempt).rejects.toThrow(/vergrendeld door een ander gebruikersaccount/)
    expect(await readFile(join(dir, LOCK_FILE_NAME), 'utf8')).toBe('{}')
  })

  it('a lock from another computer (a shared network folder) names that computer and is left alone', async () => {
    const dir = await dataDir()
    const holder = await lockDataFolder(dir, { host: 'laptop-van-anna' })
    try {
      const attempt = lockDataFolder(dir)
      await expect(attempt).rejects.toBeInstanceOf(DataFolderLockError)
      await expect(attempt).rejects.toThrow(/geopend op een andere computer \("laptop-van-anna"/)
    } finally {
      await holder.release()
    }
  })
})

/** A socket that answers every connection with `answer` (or nothing). */
async function listen(path: string, answer?: string): Promise<Server> {
  await rm(path, { force: true })
  const server = createServer((socket) => socket.end(answer ?? ''))
  await new Promise<void>((resolve) => server.listen(path, resolve))
  return server
}
