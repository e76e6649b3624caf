// `npm start`: the desktop app where Electron is available; otherwise the app in the browser.
//
// - Electron present (or downloaded now, see electron-binary.mjs): builds if needed and opens the
//   desktop app.
// - No Electron (or, on Linux, no display for a window): says so in one Dutch line (English below),
//   builds if needed, starts the web host on a free port, opens the browser and prints the address.
//   Ctrl+C stops it.
// - With CI set (CI=true, as CI services do): no window and no download. It starts the browser
//   version on a temporary data folder, checks that it answers, prints the address and stops, so
//   `npm install && npm start` can run unattended.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { buildIfStale } from './build-if-stale.mjs'
import { isCi } from './ci-env.mjs'
import { electronBinary, fetchElectron, fetchNotAllowed, recentFailure } from './electron-binary.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const webScript = join(root, 'scripts', 'web.mjs')
/** How long the CI check waits for the build and the first answer (a busy machine builds slowly). */
const CI_CHECK_TIMEOUT_MS = 10 * 60 * 1000

async function main() {
  const env = process.env
  if (isCi(env)) return checkBrowserVersion()
  const display = hasDisplay(env)
  let binary = electronBinary(root, env)
  /** Why the desktop app cannot open here, in Dutch and English; undefined when it can. */
  let reason
  if (binary === undefined) {
    const blocked = fetchNotAllowed(root, env)
    const failed = recentFailure(root)
    if (blocked) reason = [`Electron ontbreekt: ${blocked}`, `Electron is missing: ${english(blocked)}`]
    else if (failed) reason = downloadFailed(failed.reason)
    else if (!display)
      reason = noDisplay(' en Electron is nog niet gedownload', ' and Electron is not downloaded yet')
    else {
      const fetched = await fetchElectron({ root, env })
      if (fetched.ok) binary = fetched.binary
      else reason = downloadFailed(fetched.reason)
    }
  } else if (!display) {
    reason = noDisplay('', '')
  }

  if (reason === undefined && binary !== undefined) return runDesktop(binary)
  const [nl, en] = reason ?? ['Electron ontbreekt', 'Electron is missing']
  console.log(`Krachtstroom Coach start in je browser, want de desktop-app kan hier niet starten: ${nl}.`)
  console.log(`Krachtstroom Coach starts in your browser, as the desktop app cannot start here: ${en}.`)
  return runBrowserVersion()
}

/** @returns {[string, string]} */
function downloadFailed(error) {
  return [
    `Electron kon niet worden gedownload (${error}; opnieuw proberen: npm run electron:fetch)`,
    `Electron could not be downloaded (${error}; to try again: npm run electron:fetch)`,
  ]
}

/** @returns {[string, string]} */
function noDisplay(nl, en) {
  return [
    `er is geen beeldscherm voor een venster (DISPLAY)${nl}`,
    `there is no display for a window (DISPLAY)${en}`,
  ]
}

/** The English of fetchNotAllowed's reasons. */
function english(reason) {
  return reason
    .replace('is gezet', 'is set')
    .replace('wijst naar een map zonder Electron', 'points to a folder without Electron')
    .replace('het pakket electron is niet geïnstalleerd', 'the electron package is not installed')
}

/** Linux needs an X or Wayland display for a window; Windows and macOS always have one. */
function hasDisplay(env) {
  return process.platform !== 'linux' || Boolean(env.DISPLAY || env.WAYLAND_DISPLAY)
}

/** Opens the desktop app: Electron on this project (package.json "main" is the built main process). */
function runDesktop(binary) {
  const built = buildIfStale(root)
  if (built !== 0) process.exit(built)
  const childEnv = { ...process.env }
  delete childEnv.ELECTRON_RUN_AS_NODE
  const app = spawn(binary, [root], { stdio: 'inherit', env: childEnv })
  passStopSignalsOnce(app)
  app.on('error', (error) => {
    console.error(`De desktop-app kon niet starten: ${error.message}`)
    process.exit(1)
  })
  app.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}

/** The web host on a free port, with the browser opened on it; runs until Ctrl+C. */
function runBrowserVersion() {
  const host = startWebScript(['--port', '0'], 'inherit')
  passStopSignalsOnce(host)
  host.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}

/**
 * The unattended variant: starts the web host without a browser on a temporary data folder, asks it
 * for the app, prints the address and stops it again. Exit code 0 only when the app answered.
 */
function checkBrowserVersion() {
  console.log('CI: npm start controleert de browserversie en stopt daarna (geen venster, geen download).')
  const dataDir = mkdtempSync(join(tmpdir(), 'krachtstroom-start-'))
  const host = startWebScript(['--port', '0', '--no-open', '--data-dir', dataDir], 'pipe')
  passStopSignalsOnce(host)
  let outcome = 'De browserversie gaf geen adres.'
  let answered = false
  const timer = setTimeout(() => {
    outcome = `De browserversie antwoordde niet binnen ${CI_CHECK_TIMEOUT_MS / 60_000} minuten.`
    host.kill('SIGTERM')
  }, CI_CHECK_TIMEOUT_MS)
  const lines = createInterface({ input: host.stdout })
  lines.on('line', (line) => {
    console.log(line)
    const url = /^Krachtstroom Coach: (http:\/\/\S+)$/.exec(line)?.[1]
    if (url === undefined || answered) return
    void askForApp(url).then((problem) => {
      answered = problem === undefined
      outcome = problem ?? `npm start werkt: de browserversie antwoordde op ${url}`
      host.kill('SIGTERM')
    })
  })
  host.on('exit', () => {
    clearTimeout(timer)
    rmSync(dataDir, { recursive: true, force: true })
    if (answered) console.log(`${outcome} (gestopt na de controle).`)
    else console.error(outcome)
    process.exit(answered ? 0 : 1)
  })
}

/** Asks the host for the app's page; answers what is wrong, or undefined when the app came back. */
async function askForApp(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(60_000) })
    const body = await response.text()
    if (response.status !== 200) return `De browserversie antwoordde met HTTP ${response.status}.`
    if (!body.includes('id="root"')) return 'De browserversie stuurde een pagina zonder de app.'
    return undefined
  } catch (error) {
    return `De browserversie antwoordde niet: ${error instanceof Error ? error.message : String(error)}`
  }
}

/**
 * Runs scripts/web.mjs (which builds when needed). In its own process group on Linux and macOS, so
 * Ctrl+C reaches the host once, through us, and not a second time straight from the terminal.
 */
function startWebScript(args, stdout) {
  return spawn(process.execPath, [webScript, ...args], {
    stdio: ['ignore', stdout, 'inherit'],
    detached: process.platform !== 'win32',
  })
}

/** Passes the first SIGINT or SIGTERM on to the child (npm and the terminal may both send one). */
function passStopSignalsOnce(child) {
  let passed = false
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (passed) return
      passed = true
      child.kill(signal)
    })
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main()
