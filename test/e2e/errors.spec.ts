import { DashboardPage } from './pages/dashboard-page'
import { expect, test } from './fixtures/test'

test.beforeEach(async ({ host }) => {
  await host.start()
  await host.call('demo.load', { scale: 1 })
})

test('a failed write says in Dutch that nothing was saved, and why', async ({ openApp, page }) => {
  const shell = await openApp()
  await shell.goTo('Instellingen')
  // The host answers as it does when the disk refuses the write.
  await page.route('**/api/settings.update', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ ok: false, error: { code: 'WRITE_FAILED', message: 'De schijf is vol' } }),
    }),
  )
  await page.getByRole('textbox', { name: 'Naam organisatie' }).fill('Stichting Voor Mekaar')
  await page.getByRole('button', { name: 'Instellingen opslaan' }).click()

  const notification = shell.notification('Niet opgeslagen')
  await expect(notification).toBeVisible()
  await expect(notification).toContainText('Je wijziging is niet opgeslagen. De schijf is vol.')
})

test('a load that fails shows what happened in place, and "Opnieuw proberen" recovers', async ({
  consoleGuard,
  host,
  page,
}) => {
  consoleGuard.allow(/Failed to load resource/)
  let failing = true
  // The ideas behind the "ideas per week" card load after the key figures.
  await page.route('**/api/idea.list', (route) =>
    failing ? route.abort('connectionrefused') : route.fallback(),
  )
  await page.goto(host.url)
  await expect(new DashboardPage(page).kpi('addresses')).toHaveText('150')

  const card = page.getByTestId('ideas-per-week')
  const alert = card.getByRole('alert').filter({ hasText: 'Geen verbinding met de app' })
  await expect(alert).toBeVisible()
  failing = false
  await alert.getByRole('button', { name: 'Opnieuw proberen' }).click()
  await expect(card.getByTestId('chart')).toBeVisible()
  await expect(alert).toHaveCount(0)
})

test('when the first answer fails, the start screen says what happened and "Opnieuw proberen" recovers', async ({
  consoleGuard,
  host,
  page,
}) => {
  consoleGuard.allow(/Failed to load resource/)
  let failing = true
  await page.route('**/api/app.start', (route) =>
    failing ? route.abort('connectionrefused') : route.fallback(),
  )
  await page.goto(host.url)

  await expect(page.getByRole('heading', { level: 1, name: 'De app kon niet starten' })).toBeVisible()
  const alert = page.getByRole('alert').filter({ hasText: 'Geen verbinding met de app' })
  await expect(alert).toBeVisible()
  failing = false
  await alert.getByRole('button', { name: 'Opnieuw proberen' }).click()
  await expect(new DashboardPage(page).kpi('addresses')).toHaveText('150')
})

test('without the token from the start link, the app explains how to get in', async ({
  consoleGuard,
  host,
  page,
}) => {
  consoleGuard.allow(/Failed to load resource/)
  await page.goto(`${host.origin}/`)
  await expect(page.getByRole('heading', { level: 1, name: 'De app kon niet starten' })).toBeVisible()
  await expect(
    page.getByText('Open de app opnieuw via de link die bij het starten werd getoond.'),
  ).toBeVisible()
})

test('the token leaves the address bar but keeps working after a reload', async ({ openApp, page }) => {
  await openApp()
  expect(page.url()).not.toContain('token=')
  await page.reload()
  await expect(new DashboardPage(page).kpi('addresses')).toHaveText('150')
})
