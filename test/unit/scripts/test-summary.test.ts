import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

type Counts = { passed: number; failed: number; skipped: number; flaky: number }
interface Outcome {
  state: 'passed' | 'failed' | 'blocked' | 'left-out'
  seconds?: number
  counts?: Counts
  note?: string
}
interface TestSummaryModule {
  readCounts(kind: 'vitest' | 'playwright', file: string): Counts | undefined
  summarise(
    steps: ReadonlyArray<{ id: string; title: string }>,
    outcomes: Map<string, Outcome>,
    elapsedMs: number,
  ): { lines: string[]; exitCode: 0 | 1 }
}

const { readCounts, summarise } = (await import(
  new URL('../../../scripts/test-summary.mjs', import.meta.url).href
)) as TestSummaryModule

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kc-test-summary-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

describe('reading the test counts of a step', () => {
  it('from a Vitest JSON report, with todo tests as skipped', async () => {
    const file = join(dir, 'unit.json')
    await writeFile(
      file,
      JSON.stringify({ numPassedTests: 498, numFailedTests: 2, numPendingTests: 3, numTodoTests: 1 }),
    )
    expect(readCounts('vitest', file)).toEqual({ passed: 498, failed: 2, skipped: 4, flaky: 0 })
  })

  it('from a Playwright JSON report, with a test that passed on a retry as passed and flaky', async () => {
    const file = join(dir, 'e2e.json')
    await writeFile(file, JSON.stringify({ stats: { expected: 60, unexpected: 1, flaky: 1, skipped: 2 } }))
    expect(readCounts('playwright', file)).toEqual({ passed: 61, failed: 1, skipped: 2, flaky: 1 })
  })

  it('none when the step wrote no report, or a broken one', async () => {
    expect(readCounts('vitest', join(dir, 'missing.json'))).toBeUndefined()
    const file = join(dir, 'broken.json')
    await writeFile(file, '{"numPassedTests": 4')
    expect(readCounts('vitest', file)).toBeUndefined()
  })
})

describe('the summary of a run', () => {
  const steps = [
    { id: 'lint', title: 'Lint' },
    { id: 'unit', title: 'Unit' },
    { id: 'durability', title: 'Duurproef' },
    { id: 'build', title: 'Build' },
    { id: 'e2e', title: 'End-to-end' },
  ]

  it('ends with the counts of the whole run, and names failed steps and the steps they kept from running', () => {
    const outcomes = new Map<string, Outcome>([
      ['lint', { state: 'failed', seconds: 20 }],
      ['unit', { state: 'passed', seconds: 90.4, counts: { passed: 500, failed: 0, skipped: 1, flaky: 0 } }],
      ['durability', { state: 'left-out', note: 'alleen met CI=true' }],
      ['build', { state: 'failed', seconds: 9, note: 'geen testrapport' }],
      ['e2e', { state: 'blocked', note: 'de build is mislukt' }],
    ])
    const { lines, exitCode } = summarise(steps, outcomes, 754_000)
    expect(exitCode).toBe(1)
    expect(lines.at(-1)).toBe(
      '500 passed, 0 failed, 1 skipped (1 stap geslaagd, 2 mislukt, 1 niet uitgevoerd; 12 min 34 s)',
    )
    expect(lines).toContain('Mislukt: Lint, Build.')
    expect(lines).toContain('Niet uitgevoerd door een fout: End-to-end.')
    expect(lines.find((line) => line.includes('Unit'))).toMatch(
      /✔ Unit +90 s {2}500 passed, 0 failed, 1 skipped$/,
    )
    expect(lines.find((line) => line.includes('Duurproef'))).toMatch(
      /· Duurproef +overgeslagen: alleen met CI=true$/,
    )
    expect(lines.find((line) => line.includes('End-to-end'))).toMatch(
      /– End-to-end +niet uitgevoerd: de build is mislukt$/,
    )
  })

  it('adds the counts of every step, says which passed only on a retry, and exits 0 when all passed', () => {
    const outcomes = new Map<string, Outcome>([
      ['unit', { state: 'passed', seconds: 60, counts: { passed: 500, failed: 0, skipped: 0, flaky: 0 } }],
      ['e2e', { state: 'passed', seconds: 480, counts: { passed: 62, failed: 0, skipped: 2, flaky: 1 } }],
    ])
    const { lines, exitCode } = summarise(steps, outcomes, 59_600)
    expect(exitCode).toBe(0)
    expect(lines.at(-1)).toBe(
      '562 passed, 0 failed, 2 skipped (1 pas bij een herhaling) (2 stappen geslaagd; 1 min 0 s)',
    )
    expect(lines.some((line) => line.startsWith('Mislukt'))).toBe(false)
  })
})
