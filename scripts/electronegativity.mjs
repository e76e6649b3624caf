// Runs the Electronegativity scanner on the built app (out/) and fails on any finding of medium or
// higher severity that is not suppressed below with a reason. Works offline: the scanner's release
// lookup fails harmlessly, so the Electron version is passed explicitly.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Papa from 'papaparse'

const require = createRequire(import.meta.url)
const root = new URL('..', import.meta.url).pathname
const outDir = join(root, process.env.KC_OUT_DIR ?? 'out')
const electronVersion = require('electron/package.json').version

/**
 * Findings we accept, each with the reason. A suppression names the check and the text it expects in
 * the flagged line, so a new, different use is still reported.
 */
const suppressions = [
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    sample: /openExternal/,
    why: 'Only https URLs without user info reach shell.openExternal: main/security/navigation.ts externalHttpsUrl vets every URL (unit-tested in test/unit/electron/navigation.test.ts).',
  },
]

const severityRank = { INFORMATIONAL: 0, LOW: 1, MEDIUM: 2, HIGH: 3, CRITICAL: 4 }
const work = mkdtempSync(join(tmpdir(), 'kc-eng-'))
const report = join(work, 'electronegativity.csv')
const scan = spawnSync(
  process.execPath,
  [
    require.resolve('@doyensec/electronegativity/dist/index.js'),
    '-i',
    outDir,
    '-e',
    electronVersion,
    '-o',
    report,
    '-v',
    'false',
  ],
  { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
)
if (scan.status !== 0) {
  console.error(scan.stdout, scan.stderr)
  console.error('Electronegativity kon niet draaien.')
  process.exit(1)
}
const rows = Papa.parse(readFileSync(report, 'utf8'), {
  header: true,
  skipEmptyLines: true,
  transformHeader: (h) => h.trim(),
}).data
rmSync(work, { recursive: true, force: true })

const serious = rows.filter((row) => (severityRank[String(row.severity).trim()] ?? 0) >= severityRank.MEDIUM)
const unexplained = serious.filter(
  (row) =>
    !suppressions.some((s) => s.check === String(row.issue).trim() && s.sample.test(String(row.sample))),
)
for (const row of serious) {
  const suppressed = !unexplained.includes(row)
  console.log(
    `${suppressed ? 'onderdrukt' : 'BEVINDING '}  ${row.severity} ${row.issue} ${row.filename}:${row.location}`,
  )
}
console.log(
  `Electronegativity (Electron ${electronVersion}): ${rows.length} bevindingen, ${serious.length} van middel of hoger, ${unexplained.length} niet verklaard.`,
)
if (unexplained.length > 0) process.exit(1)
