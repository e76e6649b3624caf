import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { screenshotDir, storeFileName } from './fixtures/paths'
import { DashboardPage } from './pages/dashboard-page'
import { FirstRunPage } from './pages/first-run-page'
import { ProgrammeForm } from './pages/programme-form'
import { RecoveryPage } from './pages/recovery-page'
import { SettingsPage } from './pages/settings-page'
import { expect, test } from './fixtures/test'
import { hideNotifications } from './fixtures/hide-notifications'

// Screens saved for a person to look at (.tmp/screens, git-ignored); they assert nothing about pixels.
test.beforeAll(async () => {
  await mkdir(screenshotDir, { recursive: true })
})

test('screenshots: first run, form with an error, dashboard, Instellingen', async ({ openApp, page }) => {
  const shell = await openApp()
  const firstRun = new FirstRunPage(page)
  await firstRun.expectVisible()
  await page.screenshot({ path: join(screenshotDir, '01-first-run.png'), fullPage: true })

  await firstRun.startNewProgramme()
  const form = new ProgrammeForm(page)
  await form.fill({ gemeente: 'Oldebroek', start: '1-9-2026', end: '1-3-2026' })
  await form.submit()
  await expect(page.getByText('Nog niet alles is goed ingevuld', { exact: false })).toBeVisible()
  await page.screenshot({ path: join(screenshotDir, '02-new-programme-errors.png'), fullPage: true })

  await page.getByRole('button', { name: 'Terug' }).click()
  await firstRun.loadDemo()
  await expect(new DashboardPage(page).kpi('ideas')).toHaveText('30')
  await page.locator('.mantine-Notification-root').first().waitFor({ state: 'visible' })
  await hideNotifications(page)
  await page.screenshot({ path: join(screenshotDir, '03-dashboard-demo.png'), fullPage: true })

  await shell.goTo('Instellingen')
  await expect(new SettingsPage(page).backupRows.first()).toBeVisible()
  await page.screenshot({ path: join(screenshotDir, '04-instellingen.png'), fullPage: true })
})

test('screenshot: recovery screen', async ({ openApp, host, page }) => {
  await host.start()
  await host.call('demo.load', { scale: 1 })
  await host.call('backup.create')
  await host.stop()
  await writeFile(join(host.dataDir, storeFileName), '{ "schemaVersion": 1, kapot')
  await openApp()
  await expect(new RecoveryPage(page).restoreButtons.first()).toBeVisible()
  await page.screenshot({ path: join(screenshotDir, '05-recovery.png'), fullPage: true })
})
