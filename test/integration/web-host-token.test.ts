import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startHostProcess, type HostProcess } from '../support/web-host-process'

const repoRoot = join(__dirname, '..', '..')
let workDir: string
let dataDir: string
let rendererDir: string
const hosts: HostProcess[] = []

beforeEach(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'kc-token-'))
  dataDir = join(workDir, 'data')
  rendererDir = join(workDir, 'renderer')
  await mkdir(rendererDir, { recursive: true })
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Krachtstroom Coach</title>')
})

afterEach(async () => {
  for (const host of hosts.splice(0)) if (host.child.exitCode === null) await host.stop()
  await rm(workDir, { recursive: true, force: true })
})

/** Runs the web host with these arguments and environment until its first line, or until it stops. */
function runHost(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ firstLine?: string; code?: number | null; stderr: string; stop: () => Promise<void> }> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(repoRoot, 'main', 'host', 'web-main.ts'),
      '--data-dir',
      dataDir,
      '--port',
      '0',
      '--no-open',
      '--renderer-dir',
      rendererDir,
      ...args,
    ],
    { cwd: repoRoot, env: { ...process.env, CI: 'true', KRACHTSTROOM_TOKEN: '', ...env } },
  )
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const closed = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)))
  const stop = async () => {
    child.kill('SIGTERM')
    await closed
  }
  const lines = createInterface({ input: child.stdout })
  return new Promise((resolve) => {
    lines.once('line', (firstLine) => resolve({ firstLine, stderr, stop }))
    void closed.then((code) => resolve({ code, stderr, stop }))
  })
}

describe('the web host’s token never on the command line', () => {
  it.skipIf(process.platform !== 'linux')(
    'keeps the token out of the host’s /proc/<pid>/cmdline',
    async () => {
      const host = await startHostProcess({ dataDir, rendererDir })
      hosts.push(host)
      const cmdline = await readFile(`/proc/${host.child.pid}/cmdline`, 'utf8')
      expect(cmdline).toContain('web-main.ts')
      expect(cmdline).not.toContain(host.token)
      expect(host.url).toContain(`?token=${host.token}`)
      expect((await host.call('programme.list')).status).toBe(200)
    },
  )

  it('refuses --token with a Dutch message saying what to use instead, and does not start', async () => {
    const result = await runHost(['--token', 'a'.repeat(24)])
    expect(result.code).toBe(1)
    expect(result.firstLine).toBeUndefined()
    expect(result.stderr).toContain('KRACHTSTROOM_TOKEN')
    expect(result.stderr).toContain('--token-file')
  })

  it.skipIf(process.platform === 'win32')(
    'takes the token from a file only its owner can read, and refuses one others can read',
    async () => {
      const file = join(workDir, 'sleutel')
      await writeFile(file, 'k'.repeat(30), { mode: 0o644 })
      const refused = await runHost(['--token-file', file])
      expect(refused.code).toBe(1)
      expect(refused.stderr).toContain('chmod 600')

      await writeFile(join(workDir, 'sleutel2'), `${'k'.repeat(30)}\n`, { mode: 0o600 })
      const started = await runHost(['--token-file', join(workDir, 'sleutel2')])
      await started.stop()
      expect(started.firstLine).toMatch(/^Krachtstroom Coach: http:\/\/127\.0\.0\.1:\d+\/\?token=k{30}$/)
    },
  )

  it('makes a token of its own when none is given and prints it on the first line only', async () => {
    const started = await runHost([])
    await started.stop()
    expect(started.firstLine).toMatch(
      /^Krachtstroom Coach: http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{32}$/,
    )
  })
})
