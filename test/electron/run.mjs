// `npm run test:electron`: the Electron smoke test, where Electron can run. The Electron binary is
// fetched first if it is missing (scripts/electron-binary.mjs); where it cannot be downloaded, or there
// is no display and no xvfb-run, it prints one "skipped" line and passes.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { electronBinary, fetchElectron, recentFailure } from '../../scripts/electron-binary.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const playwright = ['playwright', 'test', '--config', join('test', 'electron', 'playwright.config.ts')]

function run(command, args) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  })
  return result.status ?? 1
}

function commandExists(command) {
  return (
    spawnSync(process.platform === 'win32' ? 'where' : 'which', [command], { stdio: 'ignore' }).status === 0
  )
}

/**
 * Ends the run as passed without running the tests. When `npm test` collects a JSON report, the tests
 * are listed into it, so that they count as skipped in the run's summary.
 */
function skip(why) {
  console.log(`skipped: ${why}`)
  if (process.env.PLAYWRIGHT_JSON_OUTPUT_FILE) {
    spawnSync('npx', [...playwright, '--list', '--reporter=json'], {
      cwd: root,
      stdio: 'ignore',
      shell: process.platform === 'win32',
    })
  }
  process.exit(0)
}

// No display and no xvfb-run: Electron could not show a window, so there is no point downloading it.
const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY
if (headless && !commandExists('xvfb-run')) {
  skip('no display for Electron (install xvfb to run the Electron smoke test headless)')
}

if (electronBinary(root) === undefined) {
  const failed = recentFailure(root)
  const fetched = failed ? { ok: false, reason: failed.reason } : await fetchElectron({ root })
  if (!fetched.ok) {
    skip(
      `no Electron binary (${fetched.reason}); \`npm run electron:fetch\` downloads it where Electron's download host is reachable`,
    )
  }
}

if (!existsSync(join(root, 'out', 'main', 'index.js'))) {
  console.log('Electron smoke test: the app is not built yet; building it first (npm run build).')
  const status = run('npm', ['run', 'build', '--silent'])
  if (status !== 0) process.exit(status)
}

process.exit(headless ? run('xvfb-run', ['-a', 'npx', ...playwright]) : run('npx', playwright))
