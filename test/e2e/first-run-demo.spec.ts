import { DashboardPage } from './pages/dashboard-page'
import { FirstRunPage } from './pages/first-run-page'
import { expect, test } from './fixtures/test'

test('first run → "Demo laden" → the dashboard shows the demo, equal to stats.programme', async ({
  openApp,
  host,
  page,
}) => {
  const shell = await openApp()
  const firstRun = new FirstRunPage(page)
  await firstRun.expectVisible()

  await firstRun.loadDemo()
  await expect(
    page.getByTestId('demo-loading').or(shell.heading.filter({ hasText: 'Oldebroek' })),
  ).toBeVisible()

  const dashboard = new DashboardPage(page)
  await expect(shell.heading).toHaveText('Oldebroek Voor Mekaar — Krachtstroom')
  await expect(page.getByText('Gemeente Oldebroek', { exact: false }).first()).toBeVisible()
  await expect(dashboard.kpi('streets')).toHaveText('4')
  await expect(dashboard.kpi('addresses')).toHaveText('150')
  await expect(dashboard.kpi('ideas')).toHaveText('30')
  await expect(dashboard.streetRows()).toHaveCount(4)

  // Every figure on screen comes straight from stats.programme.
  const [programme] = await host.call('programme.list')
  expect(programme).toBeDefined()
  const stats = await host.call('stats.programme', { programmeId: programme!.id })
  await dashboard.expectFiguresOf(stats)
})

test('the menu reaches every page, each with its own heading and no placeholder left', async ({
  openApp,
  host,
  page,
}) => {
  await host.start()
  await host.call('demo.load', { scale: 1 })
  const shell = await openApp()

  for (const label of ['Straten', 'Sessies', 'Ideeën', 'Partners', 'Rapporten', 'Instellingen']) {
    await shell.goTo(label)
    await expect(shell.heading).toBeVisible()
    await expect(shell.heading).toBeFocused()
    await expect(shell.navigation.getByRole('link', { name: label })).toHaveAttribute('aria-current', 'page')
    await expect(page.getByText(/komt in de volgende versie/)).toHaveCount(0)
  }
  await shell.goTo('Dashboard')
  await expect(shell.heading).toHaveText('Oldebroek Voor Mekaar — Krachtstroom')
  await expect(shell.navigation.getByRole('link', { name: 'Dashboard' })).toHaveAttribute(
    'aria-current',
    'page',
  )
})
