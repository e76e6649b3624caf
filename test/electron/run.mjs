// `npm run test:electron`: the Electron smoke test, where the Electron binary exists. On build machines
// that cannot download Electron (ELECTRON_SKIP_BINARY_DOWNLOAD) it prints one "skipped" line and passes.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const require = createRequire(join(root, 'package.json'))

/** The path of the Electron executable, or undefined when the package has no binary. */
function electronBinary() {
  try {
    const path = require('electron')
    return typeof path === 'string' && existsSync(path) ? path : undefined
  } catch {
    return undefined // node_modules/electron throws when its binary was never downloaded
  }
}

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

if (electronBinary() === undefined) {
  console.log(
    'skipped: Electron binary not available (set up with a normal npm install on a machine that can download Electron)',
  )
  process.exit(0)
}

if (!existsSync(join(root, 'out', 'main', 'index.js'))) {
  console.log('Electron smoke test: the app is not built yet; building it first (npm run build).')
  const status = run('npm', ['run', 'build', '--silent'])
  if (status !== 0) process.exit(status)
}

const playwright = ['playwright', 'test', '--config', join('test', 'electron', 'playwright.config.ts')]
const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY
if (headless && !commandExists('xvfb-run')) {
  console.log('skipped: no display for Electron (install xvfb to run the Electron smoke test headless)')
  process.exit(0)
}
process.exit(headless ? run('xvfb-run', ['-a', 'npx', ...playwright]) : run('npx', playwright))
