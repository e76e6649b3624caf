// The Electron binary for the desktop app. `npm install` does not run Electron's own download step
// (.npmrc: ignore-scripts), because it breaks the whole install on machines that cannot reach
// Electron's download host. Instead the binary is fetched here, the first time the desktop app is
// needed (`npm start`, `npm run dev`, the Electron smoke test), and a failed download only means the
// app runs in the browser.
//
//   node scripts/electron-binary.mjs          fetch the binary if it is missing (exit 1 if that fails)
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..')

/** A failed download is not tried again by `npm start` for this long (a blocked host can hang). */
const RETRY_AFTER_MS = 24 * 60 * 60 * 1000
/** A download that takes longer than this is given up (Electron is about 100 MB). */
const FETCH_TIMEOUT_MS = 15 * 60 * 1000

/**
 * The path of the Electron executable, or undefined when there is none. Honours Electron's own
 * ELECTRON_OVERRIDE_DIST_PATH (a folder with an unpacked Electron).
 * @param {string} [root] the project folder
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {string | undefined}
 */
export function electronBinary(root = repoRoot, env = process.env) {
  const packageDir = electronPackageDir(root)
  if (packageDir === undefined) return undefined
  const pathFile = join(packageDir, 'path.txt')
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined
  const override = env.ELECTRON_OVERRIDE_DIST_PATH
  const binary = override
    ? join(override, executable ?? (process.platform === 'win32' ? 'electron.exe' : 'electron'))
    : executable && join(packageDir, 'dist', executable)
  return binary && existsSync(binary) ? binary : undefined
}

/** @param {string} root */
function electronPackageDir(root) {
  try {
    return dirname(createRequire(join(root, 'package.json')).resolve('electron/package.json'))
  } catch {
    return undefined
  }
}

/**
 * Why no download should be tried, or undefined when it may: Electron's own switches say so, or the
 * electron package is not installed at all.
 * @param {string} root
 * @param {NodeJS.ProcessEnv} env
 * @returns {string | undefined}
 */
export function fetchNotAllowed(root, env) {
  if (env.ELECTRON_SKIP_BINARY_DOWNLOAD) return 'ELECTRON_SKIP_BINARY_DOWNLOAD is gezet'
  if (env.ELECTRON_OVERRIDE_DIST_PATH) return 'ELECTRON_OVERRIDE_DIST_PATH wijst naar een map zonder Electron'
  if (electronPackageDir(root) === undefined) return 'het pakket electron is niet geïnstalleerd'
  return undefined
}

/** @param {string} root */
function failureFile(root) {
  return join(root, 'node_modules', '.cache', 'krachtstroom-coach', 'electron-download-failed.json')
}

/**
 * The last failed download, if it was recent enough that `npm start` should not wait for another.
 * @param {string} root
 * @param {number} now
 * @returns {{ at: string, reason: string } | undefined}
 */
export function recentFailure(root, now = Date.now()) {
  try {
    const failure = JSON.parse(readFileSync(failureFile(root), 'utf8'))
    const at = Date.parse(failure.at)
    return now - at < RETRY_AFTER_MS ? { at: failure.at, reason: String(failure.reason) } : undefined
  } catch {
    return undefined
  }
}

/**
 * Downloads the Electron binary with Electron's own install step (its mirror, cache and checksums
 * apply). Never throws: the answer says whether the binary is there afterwards and, if not, why.
 * @param {{ root?: string, env?: NodeJS.ProcessEnv, timeoutMs?: number, quiet?: boolean }} [options]
 * @returns {Promise<{ ok: true, binary: string } | { ok: false, reason: string }>}
 */
export async function fetchElectron(options = {}) {
  const { root = repoRoot, env = process.env, timeoutMs = FETCH_TIMEOUT_MS, quiet = false } = options
  const present = electronBinary(root, env)
  if (present) return { ok: true, binary: present }
  const notAllowed = fetchNotAllowed(root, env)
  if (notAllowed) return { ok: false, reason: notAllowed }
  const packageDir = /** @type {string} */ (electronPackageDir(root))
  if (!quiet) console.log('Electron (de desktop-app, ±100 MB) wordt eenmalig gedownload…')
  const result = await runInstallStep(join(packageDir, 'install.js'), env, timeoutMs)
  const binary = electronBinary(root, env)
  if (binary) {
    rmSync(failureFile(root), { force: true })
    return { ok: true, binary }
  }
  const reason = result.ok ? 'de download leverde geen Electron op' : result.reason
  mkdirSync(dirname(failureFile(root)), { recursive: true })
  writeFileSync(failureFile(root), JSON.stringify({ at: new Date().toISOString(), reason }))
  return { ok: false, reason }
}

/**
 * @param {string} script
 * @param {NodeJS.ProcessEnv} env
 * @param {number} timeoutMs
 * @returns {Promise<{ ok: true } | { ok: false, reason: string }>}
 */
function runInstallStep(script, env, timeoutMs) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script], {
      cwd: dirname(script),
      env,
      stdio: ['ignore', 'inherit', 'pipe'],
    })
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('error', (error) => {
      clearTimeout(timer)
      resolve({ ok: false, reason: error.message })
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      if (code === 0) resolve({ ok: true })
      else if (signal)
        resolve({ ok: false, reason: `de download duurde langer dan ${timeoutMs / 60_000} minuten` })
      else resolve({ ok: false, reason: firstErrorLine(stderr) ?? `de download stopte met code ${code}` })
    })
  })
}

/**
 * The line of a stack trace that says what went wrong ("RequestError: getaddrinfo ENOTFOUND github.com").
 * @param {string} text
 */
export function firstErrorLine(text) {
  const lines = text.split('\n').map((line) => line.trim())
  return lines.find((line) => /^[A-Za-z]*Error\b/.test(line)) ?? lines.find((line) => line !== '')
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await fetchElectron()
  if (result.ok) {
    console.log(`Electron staat klaar: ${result.binary}`)
  } else {
    console.error(`Electron kon niet worden gedownload: ${result.reason}.`)
    console.error('De app werkt ook zonder Electron, in de browser: npm start of npm run web.')
    process.exit(1)
  }
}
