import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

type FetchResult = { ok: true; binary: string } | { ok: false; reason: string }
interface ElectronBinaryModule {
  electronBinary(root: string, env: NodeJS.ProcessEnv): string | undefined
  fetchElectron(options: {
    root: string
    env: NodeJS.ProcessEnv
    timeoutMs?: number
    quiet?: boolean
  }): Promise<FetchResult>
  recentFailure(root: string, now?: number): { at: string; reason: string } | undefined
  firstErrorLine(text: string): string | undefined
}

const { electronBinary, fetchElectron, recentFailure, firstErrorLine } = (await import(
  new URL('../../../scripts/electron-binary.mjs', import.meta.url).href
)) as ElectronBinaryModule

/** Electron's install step as it behaves without its download host. */
const failingInstall = `
require('node:fs').appendFileSync('runs', 'run\\n')
console.error('RequestError: getaddrinfo ENOTFOUND github.com\\n    at ClientRequest.<anonymous> (got/index.js:1:1)')
process.exit(1)
`
/** Electron's install step after a good download: the binary in dist/ and its name in path.txt. */
const succeedingInstall = `
const fs = require('node:fs')
fs.appendFileSync('runs', 'run\\n')
fs.mkdirSync('dist', { recursive: true })
fs.writeFileSync('dist/electron', '')
fs.writeFileSync('path.txt', 'electron')
`
const hangingInstall = `require('node:fs').appendFileSync('runs', 'run\\n'); setInterval(() => {}, 1000)`

let root: string
/** A project folder with an electron package whose install step is `install`. */
async function project(install: string): Promise<string> {
  const electronDir = join(root, 'node_modules', 'electron')
  await mkdir(electronDir, { recursive: true })
  await writeFile(join(root, 'package.json'), '{}')
  await writeFile(join(electronDir, 'package.json'), '{"name":"electron","version":"41.0.0"}')
  await writeFile(join(electronDir, 'install.js'), install)
  return electronDir
}

const quiet = { quiet: true, env: {} }

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'kc-electron-binary-'))
})
afterEach(() => rm(root, { recursive: true, force: true }))

describe('fetching the Electron binary', () => {
  it('a failed download answers the error line, remembers it and leaves no binary', async () => {
    await project(failingInstall)
    const result = await fetchElectron({ root, ...quiet })
    expect(result).toEqual({ ok: false, reason: 'RequestError: getaddrinfo ENOTFOUND github.com' })
    expect(electronBinary(root, {})).toBeUndefined()
    expect(recentFailure(root)?.reason).toBe('RequestError: getaddrinfo ENOTFOUND github.com')
  })

  it('a remembered failure counts for a day, then no longer', async () => {
    await project(failingInstall)
    await fetchElectron({ root, ...quiet })
    const at = Date.parse(recentFailure(root)?.at ?? '')
    expect(recentFailure(root, at + 23 * 60 * 60 * 1000)).toBeDefined()
    expect(recentFailure(root, at + 25 * 60 * 60 * 1000)).toBeUndefined()
  })

  it('a good download gives the binary and forgets an earlier failure', async () => {
    const electronDir = await project(failingInstall)
    await fetchElectron({ root, ...quiet })
    await writeFile(join(electronDir, 'install.js'), succeedingInstall)
    const result = await fetchElectron({ root, ...quiet })
    expect(result).toEqual({ ok: true, binary: join(electronDir, 'dist', 'electron') })
    expect(electronBinary(root, {})).toBe(join(electronDir, 'dist', 'electron'))
    expect(recentFailure(root)).toBeUndefined()
  })

  it('does not download again when the binary is there', async () => {
    const electronDir = await project(succeedingInstall)
    await fetchElectron({ root, ...quiet })
    await fetchElectron({ root, ...quiet })
    expect(
      await import('node:fs/promises').then((fs) => fs.readFile(join(electronDir, 'runs'), 'utf8')),
    ).toBe('run\n')
  })

  it("respects Electron's own switches and does not run the install step", async () => {
    const electronDir = await project(succeedingInstall)
    const skip = await fetchElectron({ root, quiet: true, env: { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } })
    expect(skip).toEqual({ ok: false, reason: 'ELECTRON_SKIP_BINARY_DOWNLOAD is gezet' })
    const override = await fetchElectron({ root, quiet: true, env: { ELECTRON_OVERRIDE_DIST_PATH: root } })
    expect(override).toMatchObject({
      ok: false,
      reason: expect.stringContaining('ELECTRON_OVERRIDE_DIST_PATH'),
    })
    expect(existsSync(join(electronDir, 'runs'))).toBe(false)
  })

  it('gives up a download that does not finish in time', async () => {
    await project(hangingInstall)
    const result = await fetchElectron({ root, ...quiet, timeoutMs: 300 })
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining('duurde langer dan') })
    expect(recentFailure(root)).toBeDefined()
  })

  it('says so when the electron package is not installed at all', async () => {
    await writeFile(join(root, 'package.json'), '{}')
    expect(await fetchElectron({ root, ...quiet })).toEqual({
      ok: false,
      reason: 'het pakket electron is niet geïnstalleerd',
    })
  })
})

describe('finding the Electron binary', () => {
  it('follows ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron', async () => {
    await project(failingInstall)
    const dist = join(root, 'own-electron')
    await mkdir(dist)
    expect(electronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: dist })).toBeUndefined()
    await writeFile(join(dist, process.platform === 'win32' ? 'electron.exe' : 'electron'), '')
    expect(electronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: dist })).toBe(
      join(dist, process.platform === 'win32' ? 'electron.exe' : 'electron'),
    )
  })

  it('takes the error line out of a stack trace', () => {
    expect(firstErrorLine('\n  RequestError: getaddrinfo ENOTFOUND x\n    at y (z.js:1:1)\n')).toBe(
      'RequestError: getaddrinfo ENOTFOUND x',
    )
    expect(firstErrorLine('something odd happened\n')).toBe('something odd happened')
  })
})
