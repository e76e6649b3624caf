// `npm test`: every check a change must pass, as a list of steps.
//
//   npm test                      all steps (the durability run only with CI set)
//   npm test -- e2e reports       only the named steps (building first when one of them needs the build)
//   npm test -- --list            the steps and their names
//
// A failing step does not stop the run: every step that does not depend on it still runs, and the end
// names each failure and each step that could not run because of one. The last line counts the tests
// of the whole run (from the JSON reports of Vitest and Playwright): `N passed, N failed, N skipped`.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildIfStale } from './build-if-stale.mjs'
import { ensureSystemDeps } from './ensure-system-deps.mjs'
import { isCi } from './ci-env.mjs'
import { readCounts, summarise } from './test-summary.mjs'

const reportDir = mkdtempSync(join(tmpdir(), 'kc-test-reports-'))

/**
 * @typedef {object} Step
 * @property {string} id the name for `npm test -- <id>`
 * @property {string} title
 * @property {string} command
 * @property {string[]} args
 * @property {'vitest' | 'playwright'} [report] which JSON report the step writes
 * @property {boolean} [needsBuild] runs on the build in out/
 * @property {'chromium' | 'libreoffice'} [needsSystem] needs a program from outside npm
 * @property {string} [onlyWhen] why the step is left out unless CI is set or it is named
 */

/** @param {string} id @param {string[]} args */
const vitest = (id, args) => ['npx', ['vitest', 'run', ...args, ...vitestReport(id)]]
/** @param {string} id */
const vitestReport = (id) => ['--reporter=default', '--reporter=json', `--outputFile.json=${reportFile(id)}`]
/** @param {string} id */
const reportFile = (id) => join(reportDir, `${id}.json`)

/** @type {Step[]} */
const steps = [
  {
    id: 'typecheck',
    title: 'Typecheck (main, shared, tests)',
    command: 'npm',
    args: ['run', 'typecheck:node', '--silent'],
  },
  {
    id: 'typecheck-web',
    title: 'Typecheck (renderer)',
    command: 'npm',
    args: ['run', 'typecheck:web', '--silent'],
  },
  {
    id: 'lint',
    title: 'Lint (ESLint, met de laagregels)',
    command: 'npm',
    args: ['run', 'lint', '--silent'],
  },
  { id: 'unit', title: 'Unit- en integratietests (Vitest)', ...cmd(vitest('unit', [])), report: 'vitest' },
  {
    id: 'sync',
    title: 'Samenwerken: twee laptops via een CouchDB-stand-in (Vitest)',
    ...cmd(vitest('sync', ['--config', 'vitest.sync.config.mts'])),
    report: 'vitest',
  },
  {
    id: 'durability',
    title: 'Duurproef (200 keer SIGKILL op de webhost, 200 op de opslag)',
    ...cmd(vitest('durability', ['--config', 'vitest.durability.config.mts'])),
    report: 'vitest',
    onlyWhen: 'alleen met CI=true, of los met npm run test:durability',
  },
  { id: 'build', title: 'Build', command: 'npm', args: ['run', 'build', '--silent'] },
  {
    id: 'electronegativity',
    title: 'Electronegativity (Electron-beveiliging, op de build)',
    command: 'node',
    args: ['scripts/electronegativity.mjs'],
    needsBuild: true,
  },
  {
    id: 'package',
    title: 'Pakketcontrole (electron-builder met stub-Electron)',
    ...cmd(vitest('package', ['--config', 'vitest.package.config.mts'])),
    report: 'vitest',
    needsBuild: true,
  },
  {
    id: 'start',
    title: 'Startcontrole (npm start met stub-Electron en zonder Electron)',
    ...cmd(vitest('start', ['--config', 'vitest.start.config.mts'])),
    report: 'vitest',
    needsBuild: true,
  },
  {
    id: 'e2e',
    title: 'End-to-end tests (Chromium)',
    command: 'npx',
    args: ['playwright', 'test'],
    report: 'playwright',
    needsBuild: true,
    needsSystem: 'chromium',
  },
  {
    id: 'reports',
    title: 'Word-rapportcontrole (LibreOffice)',
    ...cmd(vitest('reports', ['--config', 'vitest.reports.config.mts'])),
    report: 'vitest',
    needsSystem: 'libreoffice',
  },
  {
    id: 'electron',
    title: 'Electron-rooktest (waar Electron kan draaien)',
    command: 'node',
    args: ['test/electron/run.mjs'],
    report: 'playwright',
    needsBuild: true,
  },
]

/** @param {[string, string[]]} pair */
function cmd([command, args]) {
  return { command, args }
}

/** @typedef {import('./test-summary.mjs').Outcome} Outcome */

function main() {
  const named = process.argv.slice(2).filter((arg) => !arg.startsWith('-'))
  if (process.argv.includes('--list')) {
    for (const step of steps)
      console.log(`${step.id.padEnd(18)} ${step.title}${step.onlyWhen ? ` (${step.onlyWhen})` : ''}`)
    return 0
  }
  const unknown = named.filter((id) => !steps.some((step) => step.id === id))
  if (unknown.length > 0) {
    console.error(
      `Onbekende stap: ${unknown.join(', ')}. De stappen: ${steps.map((step) => step.id).join(', ')}.`,
    )
    return 2
  }
  const chosen = steps.filter((step) =>
    named.length > 0 ? named.includes(step.id) : !step.onlyWhen || isCi(process.env),
  )
  const systems = new Set(chosen.map((step) => step.needsSystem).filter(Boolean))
  if (systems.size > 0) ensureSystemDeps()

  const started = Date.now()
  /** @type {Map<string, Outcome>} */
  const outcomes = new Map()
  let buildOk = true
  if (chosen.some((step) => step.needsBuild) && !chosen.some((step) => step.id === 'build')) {
    console.log('\n▶ Build (alleen als de build ontbreekt of ouder is dan de bronnen)')
    buildOk = buildIfStale() === 0
  }
  let interrupted = false
  for (const step of steps) {
    if (!chosen.includes(step)) {
      if (named.length === 0 && step.onlyWhen)
        outcomes.set(step.id, { state: 'left-out', note: step.onlyWhen })
      continue
    }
    if (interrupted) {
      outcomes.set(step.id, { state: 'blocked', note: 'de run is afgebroken' })
      continue
    }
    if (step.needsBuild && !buildOk) {
      outcomes.set(step.id, { state: 'blocked', note: 'de build is mislukt' })
      continue
    }
    const outcome = runStep(step)
    outcomes.set(step.id, outcome)
    if (step.id === 'build') buildOk = outcome.state === 'passed'
    if (outcome.note === 'afgebroken') interrupted = true
  }
  rmSync(reportDir, { recursive: true, force: true })
  const summary = summarise(steps, outcomes, Date.now() - started)
  console.log(`\n${summary.lines.join('\n')}`)
  return summary.exitCode
}

/** @param {Step} step @returns {Outcome} */
function runStep(step) {
  console.log(`\n▶ ${step.title}`)
  const stepStart = Date.now()
  const env = { ...process.env }
  if (step.report === 'playwright') env.PLAYWRIGHT_JSON_OUTPUT_FILE = reportFile(step.id)
  const result = spawnSync(step.command, step.args, {
    stdio: 'inherit',
    env,
    shell: process.platform === 'win32',
  })
  const seconds = (Date.now() - stepStart) / 1000
  const counts = step.report ? readCounts(step.report, reportFile(step.id)) : undefined
  if (result.signal === 'SIGINT' || result.signal === 'SIGTERM') {
    return { state: 'failed', seconds, counts, note: 'afgebroken' }
  }
  const state = result.status === 0 ? 'passed' : 'failed'
  console.log(`${state === 'passed' ? '✔' : '✖'} ${step.title} (${seconds.toFixed(1)} s)`)
  return {
    state,
    seconds,
    counts,
    note: state === 'failed' && step.report && !counts ? 'geen testrapport' : undefined,
  }
}

process.exitCode = main()
