import AxeBuilder from '@axe-core/playwright'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { type Page } from '@playwright/test'
import { screenshotDir } from './fixtures/paths'
import { messyCsv } from './pages/streets-test-data'
import { expect, test } from './fixtures/test'
import { StreetDetailPage } from './pages/streets-detail'
import { DoorModePage } from './pages/streets-door-mode'
import { AddressImportPage } from './pages/streets-import'
import { StreetsOverviewPage } from './pages/streets-overview'
import { hideNotifications } from './fixtures/hide-notifications'

test.beforeAll(async () => {
  await mkdir(screenshotDir, { recursive: true })
})

/** Runs axe and fails on serious or critical violations, listing them readably. */
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

/** Removes notifications, so a screenshot shows the page itself. */
async function clearNotifications(page: Page): Promise<void> {
  await hideNotifications(page)
}

async function shoot(page: Page, name: string, fullPage = true): Promise<void> {
  await clearNotifications(page)
  await page.screenshot({ path: join(screenshotDir, `streets-${name}.png`), fullPage })
}

test('Straten, street page, import preview, door mode and walk list: axe-clean, with screenshots', async ({
  host,
  openApp,
  page,
}) => {
  test.slow()
  await host.start()
  const demo = await host.call('demo.load', { scale: 1 })
  const shell = await openApp()
  await shell.goTo('Straten')
  const overview = new StreetsOverviewPage(page)
  await expect(page.getByTestId('street-row')).toHaveCount(demo.counts.streets)
  await expectNoSeriousViolations(page, 'Straten')
  await shoot(page, 'overview')

  const first = await page.getByTestId('street-row').first().getByRole('link').innerText()
  await overview.openStreet(first)
  const street = new StreetDetailPage(page)
  await expect(street.addressRows.first()).toBeVisible()
  await expectNoSeriousViolations(page, 'street detail')
  await shoot(page, 'detail')

  await street.addressRows
    .first()
    .getByRole('button', { name: /Contactmomenten van/ })
    .click()
  const dialog = page.getByRole('dialog')
  await expect(dialog.getByRole('heading', { name: 'Bezoek vastleggen' })).toBeVisible()
  await dialog.getByLabel('Korte notitie (niet verplicht)').fill('Bel mij op 06-12345678 voor de buurtapp')
  await dialog.getByRole('button', { name: 'Opslaan' }).click()
  await expect(dialog.getByRole('alert')).toContainText('telefoonnummer')
  await expectNoSeriousViolations(page, 'record contact with sensitive-note warning')
  await shoot(page, 'contact-warning', false)
  await page.keyboard.press('Escape')

  await street.doorModeButton.click()
  const door = new DoorModePage(page)
  await expect(door.card).toBeVisible()
  await page.keyboard.press('2')
  await page.keyboard.press('1')
  await expect(door.progress).toContainText('2 van')
  await expectNoSeriousViolations(page, 'door mode')
  await shoot(page, 'door-mode')

  await page.getByRole('link', { name: 'Looplijst' }).click()
  await expect(page.getByTestId('walk-list-row').first()).toBeVisible()
  await expectNoSeriousViolations(page, 'walk list')
  await shoot(page, 'walk-list')
  await page.emulateMedia({ media: 'print' })
  await page.screenshot({ path: join(screenshotDir, 'streets-walk-list-print.png'), fullPage: true })
  await page.emulateMedia({ media: 'screen' })

  await shell.goTo('Straten')
  await overview.importButton.click()
  const wizard = new AddressImportPage(page)
  await expectNoSeriousViolations(page, 'import: choose file')
  await wizard.chooseFile('adressen.csv', messyCsv(60, { 9: 'street', 23: 'postcode', 41: 'duplicate' }))
  await expect(wizard.count('errors')).toHaveText('3')
  await expectNoSeriousViolations(page, 'import preview')
  await shoot(page, 'import-preview')
})

test('a new coach sees how to start on Straten', async ({ host, openApp, page }) => {
  await host.start()
  await host.call('programme.create', {
    name: 'Wezep Voor Elkaar',
    gemeente: 'Oldebroek',
    period: { start: '2026-01-01' },
  })
  const shell = await openApp()
  await shell.goTo('Straten')
  await expect(page.getByTestId('streets-empty')).toBeVisible()
  await expectNoSeriousViolations(page, 'Straten empty')
  await shoot(page, 'empty')
})
