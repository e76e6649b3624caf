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
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildIfStale } from './build-if-stale.mjs'
import { ensureSystemDeps } from './ensure-system-deps.mjs'
import { isCi } from './ci-env.mjs'

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

/**
 * @typedef {object} Outcome
 * @property {'passed' | 'failed' | 'blocked' | 'left-out'} state
 * @property {number} [seconds]
 * @property {{ passed: number, failed: number, skipped: number, flaky: number }} [counts]
 * @property {string} [note]
 */

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
  return summarise(outcomes, started)
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

/**
 * Test counts from a Vitest or Playwright JSON report; undefined when the step wrote none (it ended
 * before its tests ran).
 * @param {'vitest' | 'playwright'} kind
 * @param {string} file
 */
function readCounts(kind, file) {
  if (!existsSync(file)) return undefined
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'))
    if (kind === 'vitest') {
      return {
        passed: report.numPassedTests ?? 0,
        failed: report.numFailedTests ?? 0,
        skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
        flaky: 0,
      }
    }
    const stats = report.stats ?? {}
    return {
      passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
      failed: stats.unexpected ?? 0,
      skipped: stats.skipped ?? 0,
      flaky: stats.flaky ?? 0,
    }
  } catch {
    return undefined
  }
}

/** @param {Map<string, Outcome>} outcomes @param {number} started */
function summarise(outcomes, started) {
  const total = { passed: 0, failed: 0, skipped: 0, flaky: 0 }
  console.log('\nSamenvatting')
  for (const step of steps) {
    const outcome = outcomes.get(step.id)
    if (!outcome) continue
    const mark = { passed: '✔', failed: '✖', blocked: '–', 'left-out': '·' }[outcome.state]
    const time = outcome.seconds === undefined ? '' : `${Math.round(outcome.seconds)} s`
    const counts = outcome.counts
    if (counts)
      for (const key of /** @type {const} */ (['passed', 'failed', 'skipped', 'flaky']))
        total[key] += counts[key]
    const detail = [
      counts ? countLine(counts) : '',
      outcome.state === 'blocked' ? `niet uitgevoerd: ${outcome.note}` : '',
      outcome.state === 'left-out' ? `overgeslagen: ${outcome.note}` : '',
      outcome.state === 'failed' && outcome.note ? outcome.note : '',
    ].filter(Boolean)
    console.log(`  ${mark} ${step.title.padEnd(66)} ${time.padStart(6)}  ${detail.join('; ')}`)
  }
  const by = (state) => steps.filter((step) => outcomes.get(step.id)?.state === state)
  const failed = by('failed')
  const blocked = by('blocked')
  if (failed.length > 0) console.log(`\nMislukt: ${failed.map((step) => step.title).join(', ')}.`)
  if (blocked.length > 0) {
    console.log(`Niet uitgevoerd door een fout: ${blocked.map((step) => step.title).join(', ')}.`)
  }
  const minutes = Math.floor((Date.now() - started) / 60_000)
  const seconds = Math.round(((Date.now() - started) % 60_000) / 1000)
  const stepsLine = [
    `${by('passed').length} ${by('passed').length === 1 ? 'stap' : 'stappen'} geslaagd`,
    failed.length > 0 ? `${failed.length} mislukt` : '',
    blocked.length > 0 ? `${blocked.length} niet uitgevoerd` : '',
  ]
    .filter(Boolean)
    .join(', ')
  console.log(`\n${countLine(total)} (${stepsLine}; ${minutes} min ${seconds} s)`)
  return failed.length > 0 || blocked.length > 0 ? 1 : 0
}

/** @param {{ passed: number, failed: number, skipped: number, flaky: number }} counts */
function countLine(counts) {
  const flaky = counts.flaky > 0 ? ` (${counts.flaky} pas bij een herhaling)` : ''
  return `${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped${flaky}`
}

process.exitCode = main()
