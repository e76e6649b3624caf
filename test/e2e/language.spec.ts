import { DashboardPage } from './pages/dashboard-page'
import { SettingsPage } from './pages/settings-page'
import { expect, test } from './fixtures/test'

test('switch the language to English and back to Dutch; the choice is kept', async ({
  openApp,
  host,
  page,
}) => {
  await host.start()
  await host.call('demo.load', { scale: 1 })
  const shell = await openApp()
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl')

  await shell.goTo('Instellingen')
  const settings = new SettingsPage(page)
  await settings.chooseLanguage('English')

  await expect(shell.heading).toHaveText('Settings')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(shell.navigation.getByRole('link', { name: 'Streets' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Backups' })).toBeVisible()
  expect((await host.call('settings.get')).language).toBe('en')

  // Still English after a reload, and the vocabulary labels follow.
  await page.reload()
  await shell.waitUntilLoaded()
  await expect(shell.heading).toHaveText('Settings')
  await shell.goTo('Dashboard')
  await expect(shell.heading).toHaveText('Oldebroek Voor Mekaar — Krachtstroom')
  await expect(page.getByRole('heading', { name: 'Key figures' })).toBeVisible()
  await expect(page.getByTestId('ideas-status-ingebracht')).toContainText('Brought to a partner')
  await expect(new DashboardPage(page).kpi('addresses')).toHaveText('150')

  await shell.goTo('Settings')
  await settings.chooseLanguage('Nederlands')
  await expect(shell.heading).toHaveText('Instellingen')
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl')
  await expect(shell.navigation.getByRole('link', { name: 'Straten' })).toBeVisible()
  expect((await host.call('settings.get')).language).toBe('nl')
})
