// `npm test`: everything a change must pass, in order, stopping at the first failure.
import { spawnSync } from 'node:child_process'
import { ensureSystemDeps } from './ensure-system-deps.mjs'

const steps = [
  ['Typecheck (main, shared, tests)', 'npm', ['run', 'typecheck:node', '--silent']],
  ['Typecheck (renderer)', 'npm', ['run', 'typecheck:web', '--silent']],
  ['Lint', 'npm', ['run', 'lint', '--silent']],
  ['Unit- en integratietests', 'npx', ['vitest', 'run']],
  ['Build', 'npm', ['run', 'build', '--silent']],
  ['Electronegativity (Electron-beveiliging, op de build)', 'node', ['scripts/electronegativity.mjs']],
  [
    'Pakketcontrole (electron-builder met stub-Electron)',
    'npx',
    ['vitest', 'run', '--config', 'vitest.package.config.mts'],
  ],
  ['End-to-end tests (Chromium)', 'npx', ['playwright', 'test']],
  ['Word report checks (LibreOffice)', 'npx', ['vitest', 'run', '--config', 'vitest.reports.config.mts']],
  ['Electron smoke test', 'node', ['test/electron/run.mjs']],
]

ensureSystemDeps()
const started = Date.now()
for (const [title, command, args] of steps) {
  console.log(`\n▶ ${title}`)
  const stepStart = Date.now()
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
  })
  if (result.status !== 0) {
    console.error(`\n✖ ${title} mislukt.`)
    process.exit(result.status ?? 1)
  }
  console.log(`✔ ${title} (${((Date.now() - stepStart) / 1000).toFixed(1)} s)`)
}
console.log(`\nAlle tests geslaagd in ${((Date.now() - started) / 1000).toFixed(0)} s.`)
