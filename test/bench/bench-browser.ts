import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from '@playwright/test'
import { median } from './bench-math'
import { startHostProcess } from '../support/web-host-process'

/** Debian's Chromium; Playwright's own browser download is not available on the build machines. */
const CHROMIUM = process.env.KC_CHROMIUM ?? '/usr/bin/chromium'
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** What {@link benchBrowser} measured, in ms (medians). */
export interface BrowserFigures {
  /** Navigation start until the dashboard's KPI tiles show their figures, with nothing cached. */
  dashboardFirstPaint: number
  /** The same on a second visit, with the app's files in the browser's cache. */
  dashboardWarmPaint: number
  /** A click on "Sessies" (once the dashboard has settled) until the month calendar has painted. */
  firstCalendarOpen: number
  /** One key typed in the ideas table search until the filtered table has painted. */
  searchKeystroke: number
}

/**
 * Starts the web host on `dataDir` with the built renderer in `rendererDir` and measures, in Chromium:
 * the dashboard's first paint with an empty cache, the first click on "Sessies" until the calendar
 * shows, the dashboard's paint on a second visit with a warm cache, and one search keystroke in the
 * ideas table.
 */
export async function benchBrowser(
  dataDir: string,
  rendererDir: string,
  entry: string,
  runs: number,
): Promise<BrowserFigures> {
  const host = await startHostProcess({ dataDir, rendererDir, entry })
  let browser: Browser | undefined
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
    const paints: number[] = []
    const warmPaints: number[] = []
    const calendarOpens: number[] = []
    const keystrokes: number[] = []
    for (let run = 0; run <= runs; run += 1) {
      // A fresh context per run: no cached bundle, as when the app starts.
      const context = await browser.newContext({
        viewport: { width: 1366, height: 800 },
        // The in-page probes are text (see below); the app's CSP forbids eval, so lift it for them.
        bypassCSP: true,
      })
      const page = await context.newPage()
      const paint = await dashboardFirstPaint(page, host.url)
      const calendarOpen = await firstCalendarOpen(page)
      const warmPaint = await dashboardFirstPaint(page, host.url)
      const keystroke = await searchKeystroke(page, host.url)
      // The first run warms up the host (and the OS file cache); it is not counted.
      if (run > 0) {
        paints.push(paint)
        warmPaints.push(warmPaint)
        calendarOpens.push(calendarOpen)
        keystrokes.push(keystroke)
      }
      await context.close()
    }
    return {
      dashboardFirstPaint: median(paints),
      dashboardWarmPaint: median(warmPaints),
      firstCalendarOpen: median(calendarOpens),
      searchKeystroke: median(keystrokes),
    }
  } finally {
    await browser?.close()
    await host.stop()
  }
}

/**
 * In-page code is given as text: this file is type-checked for Node, without the DOM library.
 * Answers performance.now() (ms since navigation start) once the KPI tiles show a figure.
 */
const KPI_PAINTED = `(() => {
  const tile = document.querySelector('[data-testid="kpi-ideas-value"]')
  const visible = tile instanceof HTMLElement && tile.offsetHeight > 0 && /\\d/.test(tile.textContent ?? '')
  return visible ? performance.now() : false
})()`

/**
 * Arms a measurement of the next keystroke in the focused search field: from its keydown until the
 * idea count changed and the following frame was painted (rAF runs just before the paint; the timeout
 * queued in it runs once the frame is out).
 */
const ARM_KEYSTROKE = `(() => {
  const count = document.querySelector('[data-testid="idea-count"]')
  const input = document.activeElement
  if (!count || !(input instanceof HTMLInputElement)) throw new Error('search or count not found')
  const before = count.textContent
  window.kcKeystroke = new Promise((resolve) => {
    let start = Number.NaN
    input.addEventListener('keydown', () => (start = performance.now()), { once: true, capture: true })
    const observer = new MutationObserver(() => {
      if (count.textContent === before) return
      observer.disconnect()
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0))
    })
    observer.observe(count, { childList: true, subtree: true, characterData: true })
  })
})()`

/**
 * Arms a measurement of the next click: from its pointerdown until the month calendar is visible and
 * the following frame was painted.
 */
const ARM_CALENDAR = `(() => {
  window.kcCalendar = new Promise((resolve) => {
    document.addEventListener('pointerdown', () => {
      const start = performance.now()
      const look = () => {
        const month = document.querySelector('[data-testid="month-view"]')
        if (month instanceof HTMLElement && month.offsetHeight > 0) {
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0))
        } else requestAnimationFrame(look)
      }
      look()
    }, { once: true, capture: true })
  })
})()`

/**
 * On the dashboard just painted: waits until the page has settled (no requests for half a second,
 * so whatever the app loads after its first paint is in), then clicks "Sessies" in the menu and
 * answers the ms until the month calendar shows.
 */
async function firstCalendarOpen(page: Page): Promise<number> {
  await page.waitForLoadState('networkidle', { timeout: 60_000 })
  await page.evaluate(ARM_CALENDAR)
  await page.getByRole('navigation').getByRole('link', { name: 'Sessies', exact: true }).click()
  return Number(await page.evaluate('window.kcCalendar'))
}

/** ms since navigation start until the KPI tiles are visible with a figure in them. */
async function dashboardFirstPaint(page: Page, url: string): Promise<number> {
  await page.goto(`${url}#/`)
  const handle = await page.waitForFunction(KPI_PAINTED, undefined, { polling: 'raf', timeout: 60_000 })
  return Number(await handle.jsonValue())
}

/** One keystroke in the ideas search until the filtered table has painted. */
async function searchKeystroke(page: Page, url: string): Promise<number> {
  await page.goto(`${url}#/ideeen?weergave=tabel`)
  const search = page.getByRole('textbox', { name: 'Zoeken' })
  try {
    await search.waitFor({ timeout: 60_000 })
    await page.getByTestId('idea-row').first().waitFor({ timeout: 60_000 })
  } catch (error) {
    await page.screenshot({ path: join(tmpdir(), 'kc-bench-search.png') }).catch(() => undefined)
    throw error
  }
  await search.focus()
  await page.evaluate(ARM_KEYSTROKE)
  await page.keyboard.type('q')
  return Number(await page.evaluate('window.kcKeystroke'))
}
