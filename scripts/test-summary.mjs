// The end of `npm test`: test counts from the steps' JSON reports, and the summary of the whole run.
import { existsSync, readFileSync } from 'node:fs'

/**
 * @typedef {{ passed: number, failed: number, skipped: number, flaky: number }} Counts
 * @typedef {object} Outcome
 * @property {'passed' | 'failed' | 'blocked' | 'left-out'} state blocked: not run because a step it
 *   needs failed; left-out: not part of this run by design
 * @property {number} [seconds]
 * @property {Counts} [counts]
 * @property {string} [note]
 */

/**
 * Test counts from a Vitest or Playwright JSON report; undefined when the step wrote none (it ended
 * before its tests ran). A Playwright test that passed on a retry counts as passed, and as flaky.
 * @param {'vitest' | 'playwright'} kind
 * @param {string} file
 * @returns {Counts | undefined}
 */
export function readCounts(kind, file) {
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

/**
 * The summary of a run: one line per step, the failed steps and the steps that could not run because
 * of them, and as the last line the counts of the whole run. Exit code 1 when a step failed or could
 * not run.
 * @param {ReadonlyArray<{ id: string, title: string }>} steps in run order
 * @param {Map<string, Outcome>} outcomes by step id; steps without an outcome are left out
 * @param {number} elapsedMs
 * @returns {{ lines: string[], exitCode: 0 | 1 }}
 */
export function summarise(steps, outcomes, elapsedMs) {
  /** @type {Counts} */
  const total = { passed: 0, failed: 0, skipped: 0, flaky: 0 }
  const lines = ['Samenvatting']
  for (const step of steps) {
    const outcome = outcomes.get(step.id)
    if (!outcome) continue
    const mark = { passed: '✔', failed: '✖', blocked: '–', 'left-out': '·' }[outcome.state]
    const time = outcome.seconds === undefined ? '' : `${Math.round(outcome.seconds)} s`
    const counts = outcome.counts
    if (counts) {
      total.passed += counts.passed
      total.failed += counts.failed
      total.skipped += counts.skipped
      total.flaky += counts.flaky
    }
    const detail = [
      counts ? countLine(counts) : '',
      outcome.state === 'blocked' ? `niet uitgevoerd: ${outcome.note}` : '',
      outcome.state === 'left-out' ? `overgeslagen: ${outcome.note}` : '',
      outcome.state === 'failed' && outcome.note ? outcome.note : '',
    ].filter(Boolean)
    lines.push(`  ${mark} ${step.title.padEnd(66)} ${time.padStart(6)}  ${detail.join('; ')}`.trimEnd())
  }
  /** @param {Outcome['state']} state */
  const titles = (state) =>
    steps.filter((step) => outcomes.get(step.id)?.state === state).map((step) => step.title)
  const passed = titles('passed')
  const failed = titles('failed')
  const blocked = titles('blocked')
  if (failed.length > 0) lines.push('', `Mislukt: ${failed.join(', ')}.`)
  if (blocked.length > 0) lines.push(`Niet uitgevoerd door een fout: ${blocked.join(', ')}.`)
  const totalSeconds = Math.round(elapsedMs / 1000)
  const stepsLine = [
    `${passed.length} ${passed.length === 1 ? 'stap' : 'stappen'} geslaagd`,
    failed.length > 0 ? `${failed.length} mislukt` : '',
    blocked.length > 0 ? `${blocked.length} niet uitgevoerd` : '',
  ]
    .filter(Boolean)
    .join(', ')
  lines.push(
    '',
    `${countLine(total)} (${stepsLine}; ${Math.floor(totalSeconds / 60)} min ${totalSeconds % 60} s)`,
  )
  return { lines, exitCode: failed.length > 0 || blocked.length > 0 ? 1 : 0 }
}

/** @param {Counts} counts */
function countLine(counts) {
  const flaky = counts.flaky > 0 ? ` (${counts.flaky} pas bij een herhaling)` : ''
  return `${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped${flaky}`
}
