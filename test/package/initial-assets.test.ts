import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { readInitialAssets, type InitialAssets } from '../support/initial-assets'

const root = join(__dirname, '..', '..')
const rendererDir = join(root, process.env.KC_OUT_DIR ?? 'out', 'renderer')

/**
 * What the first screen may cost, in bytes: the build measured on 4-12-2026 plus about 5% room
 * (JavaScript 770 kB, 236 kB gzipped; CSS 88 kB, 14 kB gzipped; before the split by screen it was
 * 1,888 kB / 580 kB and 337 kB / 50 kB). The first load carries the app's texts in both languages,
 * those of the residents' screens included. Raise a budget only with a reason the first screen needs it.
 */
const BUDGET = {
  jsRaw: 810_000,
  jsGzip: 248_000,
  cssRaw: 93_000,
  cssGzip: 15_000,
} as const

let initial: InitialAssets
let initialJs: string
let initialCss: string

beforeAll(() => {
  if (!existsSync(join(rendererDir, 'index.html'))) throw new Error('Bouw eerst de app (npm run build).')
  initial = readInitialAssets(rendererDir)
  initialJs = initial.js.map((asset) => readFileSync(join(rendererDir, asset.path), 'utf8')).join('\n')
  initialCss = initial.css.map((asset) => readFileSync(join(rendererDir, asset.path), 'utf8')).join('\n')
})

describe('what index.html loads before the dashboard shows', () => {
  it('stays within the JavaScript budget', () => {
    expect(initial.jsRaw, `${initial.js.map((a) => `${a.path} ${a.raw}`).join(', ')}`).toBeLessThanOrEqual(
      BUDGET.jsRaw,
    )
    expect(initial.jsGzip).toBeLessThanOrEqual(BUDGET.jsGzip)
  })

  it('stays within the CSS budget', () => {
    expect(initial.cssRaw, `${initial.css.map((a) => `${a.path} ${a.raw}`).join(', ')}`).toBeLessThanOrEqual(
      BUDGET.cssRaw,
    )
    expect(initial.cssGzip).toBeLessThanOrEqual(BUDGET.cssGzip)
  })

  it('holds the dashboard, and not the charts, the forms or the other screens', () => {
    // (Checked with includes: a failing toContain would print the whole bundle.)
    expect(initialJs.includes('kpi-ideas'), 'the dashboard is in the first load').toBe(true)
    const lazyParts = /ChartCanvas|zod|screens-common|screen-support|Routes|Page|QuickAddDialog/
    expect(initial.js.map((asset) => asset.path).filter((path) => lazyParts.test(path))).toEqual([])
    // ECharts' renderer and zod's configuration would give themselves away by these words.
    expect(initialJs.includes('zrender'), 'ECharts is not in the first load').toBe(false)
    expect(initialJs.includes('jitless'), 'zod is not in the first load').toBe(false)
  })

  it('has the styles of every Mantine component the first screen can show', () => {
    const mantineCss = [
      '@mantine/core/styles.css',
      '@mantine/notifications/styles.css',
      '@mantine/dates/styles.css',
    ]
      .map((file) => readFileSync(join(root, 'node_modules', file), 'utf8'))
      .join('\n')
    const classes = (text: string, prefix: string) =>
      new Set([...text.matchAll(new RegExp(`${prefix}(m_[0-9a-f]{5,8})\\b`, 'g'))].map((match) => match[1]))
    const styledByMantine = classes(mantineCss, '\\.')
    const styledFirst = classes(initialCss, '\\.')
    const usedFirst = [...classes(initialJs, '\\b')].filter((name) => styledByMantine.has(name))
    expect(usedFirst.length).toBeGreaterThan(50)
    expect(usedFirst.filter((name) => !styledFirst.has(name))).toEqual([])
  })
})

describe('the charts', () => {
  it('load each kind of chart in its own chunk, apart from the core of ECharts', () => {
    const assets = readdirSync(join(rendererDir, 'assets'))
    const sizeOf = (prefix: string) => {
      const file = assets.find((name) => name.startsWith(prefix) && name.endsWith('.js'))
      return file === undefined ? 0 : statSync(join(rendererDir, 'assets', file)).size
    }
    // More than a re-export: the chunk holds the code that draws its kind of chart.
    for (const kind of ['bar', 'line', 'pie'])
      expect(sizeOf(`chart-type-${kind}-`), kind).toBeGreaterThan(5_000)
    expect(sizeOf('echarts-')).toBeGreaterThan(100_000)
  })
})
