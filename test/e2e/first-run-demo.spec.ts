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
  expect(await dashboard.kpiNumber('streets')).toBe(stats.streets)
  expect(await dashboard.kpiNumber('addresses')).toBe(stats.addresses)
  expect(await dashboard.kpiNumber('reached')).toBe(stats.reached)
  expect(await dashboard.kpiNumber('conversations')).toBe(stats.conversations)
  expect(await dashboard.kpiNumber('ideas')).toBe(stats.ideas)
  expect(await dashboard.kpiNumber('realised')).toBe(stats.ideasRealised)
  expect(await dashboard.kpiNumber('sessions')).toBe(stats.sessionsHeld)
  await expect(dashboard.kpiDetail('sessions')).toContainText(String(stats.sessionsPlanned))
  await expect(dashboard.kpiDetail('reached')).toContainText(`${Math.round(stats.coverage * 100)}%`)
  for (const street of stats.perStreet) {
    await expect(dashboard.streetRows().filter({ hasText: street.name })).toContainText(
      `${street.reached} van ${street.addresses} bereikt`,
    )
  }
  for (const [status, count] of Object.entries(stats.ideasByStatus)) {
    if (count > 0) await expect(page.getByTestId(`ideas-status-${status}-count`)).toHaveText(String(count))
  }
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
