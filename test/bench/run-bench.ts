import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { bundleWebHost } from '../support/bundle-web-host'
import { readInitialAssets } from '../support/initial-assets'
import { benchBrowser } from './bench-browser'
import { benchCsv } from './bench-csv'
import { benchGemeenteReport, benchHostMemory } from './bench-host'
import { benchSync } from './bench-sync'
import { benchChangeAck, benchStats, benchStoreOpen, demoStore, writeStoreFile } from './bench-store'
import { figure, type BenchFigure } from './bench-math'

/**
 * `npm run bench [-- --json <file>] [-- --scales 1,10,100] [-- --renderer <dir>]`: speed and memory
 * figures of the app at 1, 10 and 100 times the reference programme, each the median of several runs,
 * against their targets (most apply at scale 100; the dashboard's first paint has one at scale 1 and
 * 100, the calendar's first open at every scale). `--renderer` measures another build as it is (for a
 * before/after comparison). Prints a table; never fails on a slow figure.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const jsonIndex = args.indexOf('--json')
  const jsonFile = jsonIndex >= 0 ? args[jsonIndex + 1] : undefined
  const scalesIndex = args.indexOf('--scales')
  const scales = scalesIndex >= 0 ? (args[scalesIndex + 1] ?? '').split(',').map(Number) : [1, 10, 100]
  const rendererIndex = args.indexOf('--renderer')
  const rendererArg = rendererIndex >= 0 ? args[rendererIndex + 1] : undefined
  const figures: BenchFigure[] = []
  const work = await mkdtemp(join(tmpdir(), 'kc-bench-'))
  const rendererDir = rendererArg === undefined ? builtRenderer() : resolve(rendererArg)
  const initial = readInitialAssets(rendererDir)
  const hostEntry = await bundleWebHost(join(work, 'web-host.cjs'))

  for (const scale of scales) {
    const target = <T>(value: T): T | null => (scale === 100 ? value : null)
    const firstPaintTarget = scale === 1 ? 500 : scale === 100 ? 800 : null
    const dir = await mkdtemp(join(tmpdir(), `kc-bench-${scale}-`))
    try {
      process.stderr.write(`Schaal ${scale}: demo maken…\n`)
      const data = demoStore(scale)
      await writeStoreFile(dir, data)
      const runs = scale === 100 ? 5 : 7
      const open = await benchStoreOpen(dir, runs)
      figures.push(figure(scale, 'store open', open.open, 'ms', null))
      figures.push(figure(scale, 'bare JSON.parse', open.bare, 'ms', null))
      figures.push(figure(scale, 'store open / JSON.parse', open.open / open.bare, 'ratio', target(3)))
      const ack = await benchChangeAck(dir, 9)
      figures.push(figure(scale, 'change acknowledged', ack.ack, 'ms', null))
      figures.push(figure(scale, 'bare durable write', ack.bare, 'ms', null))
      figures.push(figure(scale, 'change / bare write', ack.ack / ack.bare, 'ratio', target(2)))
      figures.push(figure(scale, 'stats.programme', await benchStats(data, runs), 'ms', target(50)))
      figures.push(
        figure(
          scale,
          'gemeente report',
          await benchGemeenteReport(dir, scale === 100 ? 3 : 5),
          'ms',
          target(3000),
        ),
      )
      figures.push(figure(scale, 'initial JS', initial.jsRaw / 1000, 'kB', null))
      figures.push(figure(scale, 'initial JS gzip', initial.jsGzip / 1000, 'kB', null))
      figures.push(figure(scale, 'initial CSS', initial.cssRaw / 1000, 'kB', null))
      figures.push(figure(scale, 'initial CSS gzip', initial.cssGzip / 1000, 'kB', null))
      const browser = await benchBrowser(dir, rendererDir, hostEntry, scale === 100 ? 3 : 5)
      figures.push(
        figure(scale, 'dashboard first paint', browser.dashboardFirstPaint, 'ms', firstPaintTarget),
      )
      figures.push(figure(scale, 'dashboard warm visit', browser.dashboardWarmPaint, 'ms', null))
      figures.push(figure(scale, 'first click Sessies to calendar', browser.firstCalendarOpen, 'ms', 400))
      figures.push(figure(scale, 'search keystroke to paint', browser.searchKeystroke, 'ms', target(100)))
      figures.push(
        figure(
          scale,
          'host peak memory',
          await benchHostMemory(dir, rendererDir, hostEntry),
          'MB',
          target(400),
        ),
      )
      if (scale === 10) {
        process.stderr.write(`Schaal ${scale}: samenwerken via een CouchDB-stand-in…\n`)
        const sync = await benchSync(dir)
        figures.push(figure(scale, 'team: first sync to the server', sync.firstPush, 'ms', null))
        figures.push(figure(scale, 'team: first sync of a second laptop', sync.firstPull, 'ms', null))
        figures.push(figure(scale, 'team: one change to the other laptop', sync.oneChange, 'ms', null))
      }
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }

  process.stderr.write('Adressenbestand van 20 MB lezen en importeren…\n')
  // A failing step is reported and fails the run, but the figures measured so far are still printed.
  let failure: unknown
  try {
    const csv = await benchCsv(rendererDir, hostEntry)
    figures.push(figure(1, 'csv 20 MB: slowest other call during preview', csv.longestOtherCall, 'ms', 100))
    figures.push(
      figure(1, 'csv 20 MB: longest event-loop stall in preview', csv.longestLoopStall, 'ms', null),
    )
    figures.push(figure(1, 'csv 20 MB: preview answer', csv.previewAnswerKb, 'kB', null))
    figures.push(figure(1, 'csv 20 MB: host peak memory during import', csv.importPeakMb, 'MB', 400))
  } catch (error) {
    failure = error
  }

  await rm(work, { recursive: true, force: true })
  printTable(figures)
  if (jsonFile) await writeFile(jsonFile, `${JSON.stringify(figures, null, 2)}\n`)
  if (failure !== undefined) {
    console.error('Het adressenbestand kon niet gemeten worden:', failure)
    process.exitCode = 1
  }
}

/**
 * The built renderer (`out/renderer`, or `$KC_OUT_DIR/renderer` as `npm run build` used it), so the
 * browser figures are those of the real app. Builds first when it is missing or older than the
 * renderer or shared sources.
 */
function builtRenderer(): string {
  const root = resolve(__dirname, '..', '..')
  const rendererDir = join(root, process.env.KC_OUT_DIR ?? 'out', 'renderer')
  const index = join(rendererDir, 'index.html')
  const builtAt = existsSync(index) ? statSync(index).mtimeMs : 0
  const sourcesAt = Math.max(newestMtime(join(root, 'renderer')), newestMtime(join(root, 'shared')))
  if (builtAt < sourcesAt) {
    process.stderr.write('De renderer is niet (opnieuw) gebouwd: npm run build…\n')
    const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', cwd: root })
    if (build.status !== 0) throw new Error('npm run build failed')
  }
  return rendererDir
}

/** The newest modification time (ms) of any file below `dir`. */
function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs)
  }
  return newest
}

function printTable(figures: readonly BenchFigure[]): void {
  const rows = figures.map((f) => [
    String(f.scale),
    f.metric,
    `${f.value} ${f.unit}`,
    f.target === null ? '' : `≤ ${f.target} ${f.unit}`,
    f.ok === null ? '' : f.ok ? 'ok' : 'TE TRAAG',
  ])
  const header = ['schaal', 'meting', 'waarde', 'doel', '']
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ')
  console.log(line(header))
  console.log(widths.map((w) => '-'.repeat(w)).join('  '))
  for (const row of rows) console.log(line(row))
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
