import { join } from 'node:path'
import { expectNoSeriousAxeViolations, screensDir } from './pages/dashboard-axe'
import { DashboardPage, dashboardCharts } from './pages/dashboard-page'
import { expect, test } from './fixtures/test'

test('the demo dashboard shows every figure of stats.programme, its charts and what needs attention', async ({
  openApp,
  host,
  page,
}) => {
  await host.start()
  await host.call('demo.load', { scale: 1 })
  const [programme] = await host.call('programme.list')
  const stats = await host.call('stats.programme', { programmeId: programme!.id })
  await openApp()
  const dashboard = new DashboardPage(page)
  await expect(dashboard.kpi('ideas')).toHaveText('30')

  // Key figures equal stats.programme.
  await dashboard.expectFiguresOf(stats)

  // Four charts, each drawn on a canvas, with a visible title and the chart data's alt text.
  const charts = dashboardCharts(page)
  await expect(charts).toHaveCount(4)
  for (const chart of await charts.all()) {
    await expect(chart.locator('canvas')).toHaveCount(1)
    await expect(chart.locator('figcaption')).toBeVisible()
    await expect(chart.getByRole('img')).toHaveAttribute(
      'aria-label',
      /^(Liggend staafdiagram|Staafdiagram|Lijndiagram|Cirkeldiagram): .+\d/,
    )
  }
  const coverageAlt = await page.getByTestId('street-coverage').getByRole('img').getAttribute('aria-label')
  for (const street of stats.perStreet)
    expect(coverageAlt).toContain(`${street.name} ${Math.round(street.coverage * 100)}%`)
  const themesAlt = await page.getByTestId('ideas-by-theme').getByRole('img').getAttribute('aria-label')
  for (const theme of stats.ideasByTheme) expect(themesAlt).toContain(`${theme.label} ${theme.count}`)
  const weekAlt = await page.getByTestId('ideas-per-week').getByRole('img').getAttribute('aria-label')
  const perWeek = [...(weekAlt ?? '').matchAll(/wk \d+ (\d+)/g)].reduce(
    (sum, match) => sum + Number(match[1]),
    0,
  )
  const ideas = await host.call('idea.list', { programmeId: programme!.id })
  expect(perWeek).toBe(ideas.length)

  // The attention cards.
  await expect(page.getByRole('region', { name: 'Komende sessies' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Vervolgstappen over de datum' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Wachten op een partner' })).toBeVisible()
  const actions = await host.call('action.list', { programmeId: programme!.id, openOnly: true })
  if (actions.some((item) => item.overdue))
    await expect(page.getByTestId('overdue-action').first()).toBeVisible()

  await page.screenshot({ path: join(screensDir, 'dash-demo.png'), fullPage: true })
  await expectNoSeriousAxeViolations(page, 'dashboard')

  // A tile leads to the list behind it.
  await page.getByTestId('kpi-sessions').getByRole('link').click()
  await expect(page).toHaveURL(/#\/sessies$/)
  await page.goBack()
  await page.getByTestId('ideas-status-gerealiseerd').getByRole('link').click()
  await expect(page).toHaveURL(/#\/ideeen\?status=gerealiseerd$/)
})
