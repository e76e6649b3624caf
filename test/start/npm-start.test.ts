import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { existsSync, readFileSync } from 'node:fs'
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

/**
 * `npm start` (scripts/start.mjs) as a coach or developer runs it: with a stand-in Electron, and with
 * none. The browser is a stand-in `xdg-open` on PATH that writes down the address it was given.
 */
const root = join(import.meta.dirname, '..', '..')
const startScript = join(root, 'scripts', 'start.mjs')

beforeAll(async () => {
  const { buildIfStale } = (await import(
    new URL('../../scripts/build-if-stale.mjs', import.meta.url).href
  )) as { buildIfStale: (root: string) => number }
  expect(buildIfStale(root), 'npm run build').toBe(0)
}, 600_000)

let work: string
let binDir: string
let openedFile: string
let electronCalls: string

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'kc-npm-start-'))
  binDir = join(work, 'bin')
  openedFile = join(work, 'opened.txt')
  electronCalls = join(work, 'electron-calls.txt')
  await mkdir(binDir)
  // xdg-open on Linux, open on macOS.
  for (const name of ['xdg-open', 'open']) {
    await executable(join(binDir, name), `#!/bin/sh\necho "$1" >> "${openedFile}"\n`)
  }
})
afterEach(() => rm(work, { recursive: true, force: true }))

async function executable(path: string, text: string): Promise<void> {
  await writeFile(path, text)
  await chmod(path, 0o755)
}

/** A folder with a stand-in Electron that writes down how it was started and exits with `code`. */
async function stubElectron(code = 0): Promise<string> {
  const dist = join(work, 'electron-dist')
  await mkdir(dist)
  await executable(join(dist, 'electron'), `#!/bin/sh\necho "$PWD|$*" >> "${electronCalls}"\nexit ${code}\n`)
  return dist
}

/** An empty folder: ELECTRON_OVERRIDE_DIST_PATH pointing here means "no Electron, and no download". */
async function noElectron(): Promise<string> {
  const dist = join(work, 'no-electron')
  await mkdir(dist)
  return dist
}

interface Started {
  child: ChildProcess
  output: () => string
  exited: Promise<number | null>
}

/** Runs `node scripts/start.mjs` with only the given variables on top of a clean environment. */
function start(extra: NodeJS.ProcessEnv): Started {
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(CI|DISPLAY|WAYLAND_DISPLAY|ELECTRON_.*|KRACHTSTROOM_.*)$/.test(key)) env[key] = value
  }
  Object.assign(env, {
    PATH: `${binDir}${delimiter}${process.env.PATH ?? ''}`,
    XDG_CONFIG_HOME: join(work, 'config'),
    ...extra,
  })
  const child = spawn(process.execPath, [startScript], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
  const exited = once(child, 'exit').then(([code]) => code as number | null)
  return { child, output: () => output, exited }
}

const addressLine = /^Krachtstroom Coach: (http:\/\/127\.0\.0\.1:(\d+)\/\S*)$/m

/** Waits until the host has printed its address (or start.mjs has ended) and answers the address. */
async function addressOf(started: Started): Promise<string> {
  let ended = false
  void started.exited.then(() => (ended = true))
  await vi.waitFor(
    () => {
      if (ended) throw new Error(`npm start stopte:\n${started.output()}`)
      expect(started.output()).toMatch(addressLine)
    },
    { timeout: 120_000, interval: 100 },
  )
  return addressLine.exec(started.output())?.[1] ?? ''
}

async function expectTheApp(url: string): Promise<void> {
  const response = await fetch(url)
  expect(response.status).toBe(200)
  expect(await response.text()).toContain('id="root"')
}

describe.skipIf(process.platform === 'win32')('npm start without Electron', () => {
  it('says so in Dutch and English, starts the browser version on a free port and opens the browser', async () => {
    const started = start({ DISPLAY: ':99', ELECTRON_OVERRIDE_DIST_PATH: await noElectron() })
    const url = await addressOf(started)
    const lines = started.output().split('\n')
    expect(lines[0]).toBe(
      'Krachtstroom Coach start in je browser, want de desktop-app kan hier niet starten: Electron ontbreekt: ELECTRON_OVERRIDE_DIST_PATH wijst naar een map zonder Electron.',
    )
    expect(lines[1]).toBe(
      'Krachtstroom Coach starts in your browser, as the desktop app cannot start here: Electron is missing: ELECTRON_OVERRIDE_DIST_PATH points to a folder without Electron.',
    )
    expect(Number(addressLine.exec(started.output())?.[2])).toBeGreaterThan(0)
    await expectTheApp(url)
    await vi.waitFor(() => expect(readFileSync(openedFile, 'utf8')).toBe(`${url}\n`), { timeout: 30_000 })
    expect(existsSync(join(work, 'config', 'Krachtstroom Coach', 'krachtstroom.json'))).toBe(true)

    started.child.kill('SIGINT')
    expect(await started.exited).toBe(0)
    expect(started.output()).toContain('alle wijzigingen zijn opgeslagen')
  }, 180_000)

  it.skipIf(process.platform !== 'linux')(
    'names the missing display on Linux without one, even with Electron there',
    async () => {
      const started = start({ ELECTRON_OVERRIDE_DIST_PATH: await stubElectron() })
      const url = await addressOf(started)
      expect(started.output().split('\n')[0]).toBe(
        'Krachtstroom Coach start in je browser, want de desktop-app kan hier niet starten: er is geen beeldscherm voor een venster (DISPLAY).',
      )
      await expectTheApp(url)
      started.child.kill('SIGTERM')
      expect(await started.exited).toBe(0)
      expect(existsSync(electronCalls)).toBe(false)
    },
    180_000,
  )

  it('with CI set: checks that the browser version answers, prints the address and stops', async () => {
    const started = start({ CI: 'true', ELECTRON_OVERRIDE_DIST_PATH: await noElectron() })
    expect(await started.exited).toBe(0)
    const output = started.output()
    expect(output.split('\n')[0]).toBe(
      'CI: npm start controleert de browserversie en stopt daarna (geen venster, geen download).',
    )
    const url = addressLine.exec(output)?.[1]
    expect(url).toBeDefined()
    expect(output).toContain(
      `npm start werkt: de browserversie antwoordde op ${url} (gestopt na de controle).`,
    )
    expect(existsSync(openedFile)).toBe(false)
    // The check ran on a temporary data folder and cleared it away.
    const dataDir = /^Gegevensmap: (.+)$/m.exec(output)?.[1] ?? ''
    expect(dataDir).not.toBe('')
    expect(existsSync(dataDir)).toBe(false)
    expect(existsSync(join(work, 'config', 'Krachtstroom Coach'))).toBe(false)
  }, 180_000)
})

describe.skipIf(process.platform === 'win32')('npm start with Electron', () => {
  it('opens the desktop app on this project and starts no browser version', async () => {
    const started = start({ DISPLAY: ':99', ELECTRON_OVERRIDE_DIST_PATH: await stubElectron() })
    expect(await started.exited).toBe(0)
    expect(readFileSync(electronCalls, 'utf8')).toBe(`${root}|${root}\n`)
    expect(started.output()).not.toMatch(addressLine)
    expect(started.output()).not.toContain('start in je browser')
    expect(existsSync(openedFile)).toBe(false)
  }, 180_000)

  it('ends with the desktop app’s own exit code', async () => {
    const started = start({ DISPLAY: ':99', ELECTRON_OVERRIDE_DIST_PATH: await stubElectron(3) })
    expect(await started.exited).toBe(3)
  }, 180_000)

  it('with CI set: checks the browser version instead of opening a window', async () => {
    const started = start({ CI: '1', DISPLAY: ':99', ELECTRON_OVERRIDE_DIST_PATH: await stubElectron() })
    expect(await started.exited).toBe(0)
    expect(started.output()).toContain('npm start werkt: de browserversie antwoordde op http://127.0.0.1:')
    expect(started.output()).not.toContain('start in je browser, want')
    expect(existsSync(electronCalls)).toBe(false)
  }, 180_000)
})
