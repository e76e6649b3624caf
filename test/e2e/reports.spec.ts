import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expectNoSeriousAxeViolations, screensDir } from './pages/dashboard-axe'
import { ReportsPage } from './pages/reports-page'
import { expect, test } from './fixtures/test'

test('Rapporten makes the gemeente report as a .docx download and records it in the history', async ({
  openApp,
  host,
  page,
}) => {
  await host.start()
  await host.call('demo.load', { scale: 1 })
  const shell = await openApp()
  await shell.goTo('Rapporten')
  await expect(shell.heading).toHaveText('Rapporten')
  const reports = new ReportsPage(page)

  // The preview follows the choices.
  await expect(reports.preview.getByTestId('preview-title')).toBeVisible()
  await expect(reports.preview.getByTestId('preview-sections').getByRole('listitem').first()).toBeVisible()
  await expect(reports.preview).toContainText('Zonder namen')
  await expectNoSeriousAxeViolations(page, 'Rapporten')
  await page.screenshot({ path: join(screensDir, 'reports-gemeente.png'), fullPage: true })

  const downloadPromise = page.waitForEvent('download')
  await reports.generateButton.click()
  const download = await downloadPromise
  expect(download.suggestedFilename()).toMatch(/\.docx$/)
  const bytes = await readFile((await download.path())!)
  expect(bytes.length).toBeGreaterThan(1000)
  expect(bytes.subarray(0, 2).toString()).toBe('PK')
  await expect(reports.historyRows).toHaveCount(1)
  await expect(reports.historyRows.first()).toContainText('Voortgangsrapportage')
  await expect(reports.historyRows.first()).toContainText('Nee')

  // Ticking "namen opnemen" shows the privacy warning.
  await page.getByRole('checkbox', { name: 'Namen van bewoners opnemen' }).check()
  await expect(page.getByTestId('names-warning')).toBeVisible()
  await expect(reports.preview).toContainText('Met namen van bewoners')
  await page.screenshot({ path: join(screensDir, 'reports-names-warning.png'), fullPage: true })
})

test('a partner report without a partner shows the Dutch error beside the partner field', async ({
  openApp,
  host,
  page,
  consoleGuard,
}) => {
  // The host answers the invalid request with 400; the browser logs that, on purpose here.
  consoleGuard.allow(/status of 400 \(Bad Request\)/)
  await host.start()
  await host.call('demo.load', { scale: 1 })
  const shell = await openApp()
  await shell.goTo('Rapporten')
  const reports = new ReportsPage(page)
  await reports.chooseKind('Partnerrapportage')
  await expect(reports.preview).toContainText('Kies eerst de partner')
  await reports.generateButton.click()
  const partner = reports.partnerField()
  await expect(partner).toHaveAttribute('aria-invalid', 'true')
  const describedBy = (await partner.getAttribute('aria-describedby')) ?? ''
  const errorId = describedBy.split(' ').find((id) => id.includes('error'))
  expect(errorId).toBeDefined()
  await expect(page.locator(`[id="${errorId}"]`)).toHaveText(/kies de partner voor de partnerrapportage/i)
  await expectNoSeriousAxeViolations(page, 'Rapporten with an error')
  await page.screenshot({ path: join(screensDir, 'reports-partner-error.png'), fullPage: true })

  // Choosing the partner clears the error and fills the preview.
  await partner.click()
  await page.getByRole('option').first().click()
  await expect(partner).not.toHaveAttribute('aria-invalid', 'true')
  await expect(reports.preview.getByTestId('preview-title')).toBeVisible()
})

test('the verantwoording is interim until the programme ends, or as the coach chooses; the appendix can be left out', async ({
  openApp,
  host,
  page,
}) => {
  await host.start()
  await host.call('demo.load', { scale: 1 })
  const shell = await openApp()
  await shell.goTo('Rapporten')
  const reports = new ReportsPage(page)

  // The demo programme runs on: an interim verantwoording, unless the coach chooses the final one.
  await reports.chooseKind('Verantwoording')
  const stage = page.getByRole('radiogroup', { name: 'Soort verantwoording' })
  await expect(stage.getByRole('radio', { name: 'Tussentijdse verantwoording' })).toBeChecked()
  await expect(reports.preview).toContainText('Tussentijdse verantwoording')
  await stage.getByRole('radio', { name: 'Eindverantwoording' }).check()
  await expect(reports.preview).toContainText('Eindverantwoording')
  await expectNoSeriousAxeViolations(page, 'Rapporten, verantwoording')

  // 30 ideas: the gemeente report lists them in an appendix, unless the coach leaves it out.
  await reports.chooseKind('Voortgangsrapportage')
  const appendix = page.getByRole('checkbox', { name: 'Bijlage met alle ideeën' })
  await expect(appendix).toBeChecked()
  const sections = reports.preview.getByTestId('preview-sections')
  await expect(sections).toContainText('Bijlage: alle ideeën')
  await expect(sections).toContainText('Wat is er gerealiseerd')
  await appendix.uncheck()
  await expect(sections).not.toContainText('Bijlage: alle ideeën')
  await page.screenshot({ path: join(screensDir, 'reports-appendix.png'), fullPage: true })
})
