import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { storeFileName } from './fixtures/paths'
import { expectNoSeriousAxeViolations } from './pages/dashboard-axe'
import { DashboardPage } from './pages/dashboard-page'
import { FirstRunPage } from './pages/first-run-page'
import { RecoveryPage } from './pages/recovery-page'
import { SettingsPage } from './pages/settings-page'
import { expect, test } from './fixtures/test'

test('a damaged store shows the recovery screen; a backup made earlier is restored with a click', async ({
  openApp,
  host,
  page,
}) => {
  // A healthy run: the demo, and a backup made in Instellingen.
  const shell = await openApp()
  await new FirstRunPage(page).loadDemo()
  await expect(new DashboardPage(page).kpi('ideas')).toHaveText('30')
  await shell.goTo('Instellingen')
  await new SettingsPage(page).makeBackup()

  // The store file gets damaged while the app is closed.
  await page.goto('about:blank')
  await host.stop()
  await writeFile(join(host.dataDir, storeFileName), '{"schemaVersion": 1, "programmes": [ garbage')
  await host.start()
  await page.goto(host.url)

  const recovery = new RecoveryPage(page)
  await expect(recovery.heading).toBeVisible()
  await expect(recovery.problem).not.toBeEmpty()
  await expect(recovery.movedTo).toContainText('corrupt')

  // Closing and starting again does not forget the problem: the same screen, the same backups.
  await page.goto('about:blank')
  await host.stop()
  await host.start()
  await page.goto(host.url)
  await expect(recovery.heading).toBeVisible()
  await expect(recovery.movedTo).toContainText('corrupt')
  await expect(recovery.staysUntilChosen).toContainText('komt bij elke start terug')
  await expect(recovery.restoreButtons.first()).toBeVisible()
  await expect(page.getByTestId('backup-row').first()).toContainText('150 adressen')
  await expect(recovery.recommended).toHaveText('Laatste goede back-up')
  expect((await host.call('app.status')).firstRun).toBe(false)
  await expectNoSeriousAxeViolations(page, 'herstelscherm')

  await recovery.restoreNewestBackup()
  await expect(shell.heading).toHaveText('Oldebroek Voor Mekaar — Krachtstroom')
  await expect(new DashboardPage(page).kpi('addresses')).toHaveText('150')
  expect((await host.call('app.status')).store).toBe('ok')
})

test('without a backup, the coach can start with an empty folder after confirming', async ({
  openApp,
  host,
  page,
}) => {
  await writeFile(join(host.dataDir, storeFileName), 'dit is geen JSON')
  await openApp()
  const recovery = new RecoveryPage(page)
  await expect(recovery.heading).toBeVisible()
  await expect(page.getByText('Er staan geen back-ups in de gegevensmap.')).toBeVisible()

  // Cancelling changes nothing.
  await recovery.startEmptyButton.click()
  await recovery.dialog.getByRole('button', { name: 'Annuleren' }).click()
  await expect(recovery.heading).toBeVisible()

  await recovery.startEmpty()
  await new FirstRunPage(page).expectVisible()
  expect((await host.call('app.status')).store).toBe('ok')
})
