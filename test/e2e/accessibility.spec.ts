import AxeBuilder from '@axe-core/playwright'
import { type Page } from '@playwright/test'
import { DashboardPage } from './pages/dashboard-page'
import { FirstRunPage } from './pages/first-run-page'
import { SettingsPage } from './pages/settings-page'
import { expect, test } from './fixtures/test'

/** Runs axe on the page and fails on serious or critical violations, listing them readably. */
async function expectNoSeriousViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze()
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    )
  expect(serious, `axe on ${screen}`).toEqual([])
}

test('first run, new-programme form, dashboard and Instellingen pass axe', async ({ openApp, page }) => {
  const shell = await openApp()
  const firstRun = new FirstRunPage(page)
  await firstRun.expectVisible()
  await expectNoSeriousViolations(page, 'first run')

  await firstRun.startNewProgramme()
  await page.getByRole('button', { name: 'Programma aanmaken' }).click()
  await expect(page.getByText('Nog niet alles is goed ingevuld', { exact: false })).toBeVisible()
  await expectNoSeriousViolations(page, 'new-programme form with errors')

  await page.getByRole('button', { name: 'Terug' }).click()
  await firstRun.loadDemo()
  await expect(new DashboardPage(page).kpi('ideas')).toHaveText('30')
  await expectNoSeriousViolations(page, 'dashboard')

  await shell.goTo('Instellingen')
  await expect(new SettingsPage(page).backupRows.first()).toBeVisible()
  await expectNoSeriousViolations(page, 'Instellingen')
})

test('the app works with the keyboard alone', async ({ openApp, host, page }) => {
  await host.start()
  await host.call('demo.load', { scale: 1 })
  const shell = await openApp()

  // The first Tab reaches the skip link, which moves focus to the page.
  await page.keyboard.press('Tab')
  const skipLink = page.getByRole('link', { name: 'Naar de inhoud' })
  await expect(skipLink).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.locator('#main-content')).toBeFocused()

  // Tab to "Instellingen" in the menu and open it with Enter; focus lands on the new page's title.
  const settingsLink = shell.navigation.getByRole('link', { name: 'Instellingen' })
  await settingsLink.focus()
  await page.keyboard.press('Enter')
  await expect(shell.heading).toHaveText('Instellingen')
  await expect(shell.heading).toBeFocused()

  // A backup dialog opens and closes with the keyboard; focus starts on "Annuleren".
  const settings = new SettingsPage(page)
  await settings.makeBackup()
  await settings.backupRows.first().getByRole('button', { name: 'Terugzetten' }).focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Back-up terugzetten?' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Annuleren' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
})
