import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { DataFolderInUseError, lockDataFolder } from '../../main/store/folder-lock'
import { bundleWebHost } from '../support/bundle-web-host'

const repoRoot = join(__dirname, '..', '..')
let work: string
let entry: string
let rendererDir: string
const children: ChildProcess[] = []

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'kc-wrapper-'))
  rendererDir = join(work, 'renderer')
  await mkdir(rendererDir)
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html>')
  entry = await bundleWebHost(join(work, 'web-host.cjs'))
}, 60_000)

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL')
})
afterAll(() => rm(work, { recursive: true, force: true }))

interface Started {
  child: ChildProcess
  port: number
  token: string
  output: () => string
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
}

/**
 * Starts `scripts/web.mjs` (what `npm run web` runs) on the bundled host, directly or behind a shell
 * that stays in between (as npm does), and waits for the address line.
 */
async function startWrapper(
  dataDir: string,
  options: { behindShell?: boolean; behindNpm?: boolean; port?: number } = {},
): Promise<Started> {
  const token = randomBytes(18).toString('hex')
  const args = [
    join(repoRoot, 'scripts', 'web.mjs'),
    '--data-dir',
    dataDir,
    '--port',
    String(options.port ?? 0),
    '--no-open',
    '--renderer-dir',
    rendererDir,
  ]
  const env = {
    ...process.env,
    CI: 'true',
    KRACHTSTROOM_TOKEN: token,
    KRACHTSTROOM_WEB_ENTRY: entry,
    ...(options.behindNpm ? { npm_lifecycle_event: 'web' } : {}),
  }
  const quoted = [process.execPath, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ')
  // `; exit $?` keeps a shell from replacing itself with node: it stays the parent. Under npm there
  // are two: npm itself (played by the outer shell) and the shell npm starts for the script.
  const inner = `/bin/sh -c "${quoted.replace(/"/g, '\\"')}; exit \\$?"`
  const child = options.behindNpm
    ? spawn('/bin/sh', ['-c', `${inner}; exit $?`], { env, stdio: ['ignore', 'pipe', 'pipe'] })
    : options.behindShell
      ? spawn('/bin/sh', ['-c', `${quoted}; exit $?`], { env, stdio: ['ignore', 'pipe', 'pipe'] })
      : spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] })
  children.push(child)
  let log = ''
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()))
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  )
  const lines = createInterface({ input: child.stdout! })
  const first = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve)
    void exited.then(({ code }) => reject(new Error(`wrapper exited with ${code}: ${log}`)))
  })
  lines.on('line', (line) => (log += `${line}\n`))
  const port = Number(/127\.0\.0\.1:(\d+)\//.exec(first)?.[1])
  return { child, port, token, output: () => log, exited }
}

async function answers(port: number, token: string): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/api/app.status`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: '{}',
    })
    return response.ok
  } catch {
    return false
  }
}

/** Waits until the host no longer answers on its port (it is gone). */
async function untilGone(port: number, token: string): Promise<void> {
  while (await answers(port, token)) await new Promise((resolve) => setTimeout(resolve, 50))
}

/**
 * Waits until the data folder can be taken again: no host holds it any more. (A host that stops on
 * its own closes its port first and releases the folder once its last write is on disk.)
 */
async function expectFolderFree(dataDir: string): Promise<void> {
  for (;;) {
    try {
      const lock = await lockDataFolder(dataDir)
      await lock.release()
      return
    } catch (error) {
      if (!(error instanceof DataFolderInUseError)) throw error
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
}

async function newDataDir(): Promise<string> {
  return mkdtemp(join(work, 'data-'))
}

describe('npm run web ends with its process', () => {
  it('a port in use is explained in Dutch, not as listen EADDRINUSE', async () => {
    const taken = createServer()
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve))
    const port = (taken.address() as AddressInfo).port
    try {
      const failed = startWrapper(await newDataDir(), { port })
      await expect(failed).rejects.toThrow(`Poort ${port} is al in gebruik door een ander programma`)
      await expect(failed).rejects.not.toThrow(/EADDRINUSE/)
    } finally {
      await new Promise((resolve) => taken.close(resolve))
    }
  })

  it('SIGKILL of the npm run web process leaves no host behind', async () => {
    const dataDir = await newDataDir()
    const host = await startWrapper(dataDir)
    expect(await answers(host.port, host.token)).toBe(true)
    host.child.kill('SIGKILL')
    expect((await host.exited).signal).toBe('SIGKILL')
    await untilGone(host.port, host.token)
    await expectFolderFree(dataDir)
  })

  it('SIGHUP (terminal closed) stops the host cleanly after its last write', async () => {
    const dataDir = await newDataDir()
    const host = await startWrapper(dataDir)
    const created = await fetch(`http://127.0.0.1:${host.port}/api/programme.create`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        input: { name: 'Na ophangen', gemeente: 'Elburg', period: { start: '2026-01-01' } },
      }),
    })
    expect(created.status).toBe(200)
    host.child.kill('SIGHUP')
    expect((await host.exited).code).toBe(0)
    expect(host.output()).toContain('gestopt (SIGHUP); alle wijzigingen zijn opgeslagen')
    await expectFolderFree(dataDir)
    const again = await startWrapper(dataDir)
    const list = await fetch(`http://127.0.0.1:${again.port}/api/programme.list`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${again.token}`, 'Content-Type': 'application/json' },
      body: '{}',
    })
    expect(JSON.stringify(await list.json())).toContain('Na ophangen')
    again.child.kill('SIGTERM')
    expect((await again.exited).code).toBe(0)
  })

  it('killing npm itself with SIGKILL (its script shell stays) also ends the host', async () => {
    const dataDir = await newDataDir()
    const host = await startWrapper(dataDir, { behindNpm: true })
    expect(await answers(host.port, host.token)).toBe(true)
    host.child.kill('SIGKILL')
    await host.exited
    await untilGone(host.port, host.token)
    await expectFolderFree(dataDir)
  })

  it('a host whose starting program is killed with SIGKILL stops by itself', async () => {
    const dataDir = await newDataDir()
    const host = await startWrapper(dataDir, { behindShell: true })
    expect(await answers(host.port, host.token)).toBe(true)
    host.child.kill('SIGKILL')
    await host.exited
    await untilGone(host.port, host.token)
    await expectFolderFree(dataDir)
  })
})
