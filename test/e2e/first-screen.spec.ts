import { AppShell } from './pages/app-shell'
import { DashboardPage } from './pages/dashboard-page'
import { SessionsCalendar } from './pages/sessions-calendar'
import { expect, test } from './fixtures/test'

// Records, in the page, when the dashboard's first key figure shows a number.
const WATCH_FIGURES = `(() => {
  new MutationObserver((_, observer) => {
    const value = document.querySelector('[data-testid="kpi-ideas-value"]')
    if (value && /\\d/.test(value.textContent || '')) {
      window.kcFiguresAt = performance.now()
      observer.disconnect()
    }
  }).observe(document, { childList: true, subtree: true, characterData: true })
})()`

/** Paths (`/api/app.start`, `/assets/index-1a2b.js`) of the requests the page started before `until` ms. */
const requestsBefore = (until: number) =>
  `performance.getEntriesByType('resource').filter((e) => e.startTime <= ${until}).map((e) => new URL(e.name).pathname)`

test('the dashboard shows its figures from one API answer, with only what index.html loads', async ({
  host,
  page,
}) => {
  await host.start()
  await host.call('demo.load', { scale: 1 })
  await page.addInitScript(WATCH_FIGURES)
  await page.goto(host.url)
  await expect(new DashboardPage(page).kpi('ideas')).toHaveText('30')

  const figuresAt = Number(await page.evaluate('window.kcFiguresAt'))
  const before = (await page.evaluate(requestsBefore(figuresAt))) as string[]
  // One call brings the figures: no chain of calls before the tiles can show.
  expect(before.filter((path) => path.startsWith('/api/'))).toEqual(['/api/app.start'])

  // The code and styles loaded by then are exactly those index.html names.
  const html = await (await page.request.get(host.url.replace(/\?.*$/, ''))).text()
  const named = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => `/${m[1]}`)
  expect(named.some((path) => path.endsWith('.js'))).toBe(true)
  expect(before.filter((path) => path.startsWith('/assets/')).sort()).toEqual(named.sort())
})

test('after the first screen the other screens load in idle time, so the first click needs no download', async ({
  host,
  page,
}) => {
  await host.start()
  await host.call('demo.load', { scale: 1 })
  await page.goto(host.url)
  await expect(new DashboardPage(page).kpi('ideas')).toHaveText('30')

  const sessionsChunks = `performance.getEntriesByType('resource').filter((e) => /\\/assets\\/SessionsRoutes-[^/]+\\.js$/.test(e.name)).length`
  await expect.poll(() => page.evaluate(sessionsChunks), { timeout: 15_000 }).toBe(1)

  await new AppShell(page).goTo('Sessies')
  await expect(new SessionsCalendar(page).monthView).toBeVisible()
  expect(await page.evaluate(sessionsChunks)).toBe(1)
})
