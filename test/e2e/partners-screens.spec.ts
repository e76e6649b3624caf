import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { screenshotDir } from './fixtures/paths'
import { clearNotifications, expectNoSeriousViolations } from './pages/ideas-axe'
import { PartnersPage } from './pages/partners-page'
import { expect, test } from './fixtures/test'

// Several screens, each scanned and photographed: more than the default time.
test.slow()

test.beforeAll(async () => {
  await mkdir(screenshotDir, { recursive: true })
})

test('Partners, follow-ups and team pass axe (screenshots saved)', async ({ openApp, host, page }) => {
  await host.start()
  await host.call('demo.load', { scale: 1 })
  const shell = await openApp()
  await shell.goTo('Partners')
  const partners = new PartnersPage(page)
  await expect(partners.heading).toBeVisible()
  await expect(page.getByTestId('partner-card').first()).toBeVisible()
  await clearNotifications(page)
  await expectNoSeriousViolations(page, 'partners')
  await page.screenshot({ path: join(screenshotDir, 'partners-list.png'), fullPage: true })

  await page.getByRole('tab', { name: 'Vervolgstappen' }).click()
  await expect(page.getByTestId('open-actions')).toBeVisible()
  await expectNoSeriousViolations(page, 'open follow-ups')
  await page.screenshot({ path: join(screenshotDir, 'partners-actions.png'), fullPage: true })

  await page.getByRole('tab', { name: 'Team' }).click()
  await expect(page.getByTestId('team-section')).toBeVisible()
  await expectNoSeriousViolations(page, 'team')
  await page.screenshot({ path: join(screenshotDir, 'partners-team.png'), fullPage: true })
})

test('a partner is added with a contact person, and a follow-up is ticked off', async ({
  openApp,
  host,
  page,
}) => {
  await host.start()
  await host.call('demo.load', { scale: 1 })
  const shell = await openApp()
  await shell.goTo('Partners')
  await page.getByRole('button', { name: 'Partner toevoegen' }).click()
  const dialog = page.getByRole('dialog', { name: 'Partner toevoegen' })
  await dialog.getByRole('button', { name: 'Opslaan' }).click()
  await expect(dialog.getByText('Naam is verplicht.')).toBeVisible()
  await dialog.getByLabel('Naam van de organisatie').fill('Stichting Buurtkracht')
  await dialog.getByRole('button', { name: 'Contactpersoon toevoegen' }).click()
  await dialog.getByRole('textbox', { name: 'Naam', exact: true }).fill('Fatima el Amrani')
  await dialog.getByRole('button', { name: 'Opslaan' }).click()
  await expect(shell.notification('Stichting Buurtkracht is bewaard.')).toBeVisible()
  const card = new PartnersPage(page).partner('Stichting Buurtkracht')
  await expect(card).toContainText('Fatima el Amrani')

  await page.getByRole('tab', { name: 'Vervolgstappen' }).click()
  const section = page.getByTestId('open-actions')
  await section.getByLabel('Wat moet er gebeuren?').fill('Fatima bellen over de buurtkamer')
  await section.getByRole('button', { name: 'Toevoegen' }).click()
  await expect(shell.notification('De vervolgstap is toegevoegd.')).toBeVisible()
  const item = section.getByTestId('action-item').filter({ hasText: 'Fatima bellen over de buurtkamer' })
  await item.getByRole('checkbox').click()
  await expect(shell.notification('De vervolgstap is afgevinkt.')).toBeVisible()
  await expect(item).toHaveCount(0)
})
