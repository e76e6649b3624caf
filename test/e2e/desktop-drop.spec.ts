import { type Page } from '@playwright/test'
import { expect, test } from './fixtures/test'
import { DashboardPage } from './pages/dashboard-page'
import { AddressImportPage } from './pages/streets-import'
import { createProgramme, messyCsv } from './pages/streets-test-data'

/**
 * Drops a file on the window the way the OS does: dragenter, dragover and drop with a DataTransfer
 * holding the file, on `selector` (the events bubble up to the window).
 */
async function dropFile(page: Page, selector: string, name: string, bytes: Buffer, type: string) {
  // A string, because this file is compiled without the DOM's types.
  const args = JSON.stringify({ selector, name, base64: bytes.toString('base64'), type })
  await page.evaluate(`(() => {
    const { selector, name, base64, type } = ${args}
    const binary = atob(base64)
    const data = new Uint8Array(binary.length)
    for (let index = 0; index < binary.length; index += 1) data[index] = binary.charCodeAt(index)
    const transfer = new DataTransfer()
    transfer.items.add(new File([data], name, { type }))
    const target = document.querySelector(selector)
    if (!target) throw new Error('no ' + selector)
    for (const kind of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(new DragEvent(kind, { bubbles: true, cancelable: true, dataTransfer: transfer }))
    }
  })()`)
}

test('a CSV dropped on the dashboard opens the address import with its preview', async ({
  host,
  openApp,
  page,
}) => {
  await host.start()
  await createProgramme(host)
  await openApp()
  await expect(new DashboardPage(page).kpi('addresses')).toBeVisible()
  await dropFile(page, '#main-content', 'adressen.csv', messyCsv(12, { 5: 'postcode' }), 'text/csv')

  await expect(page).toHaveURL(/#\/straten\/importeren$/)
  const wizard = new AddressImportPage(page)
  await expect(wizard.preview).toBeVisible()
  await expect(wizard.preview).toContainText('adressen.csv')
  await expect(wizard.count('rows')).toHaveText('12')
  await expect(wizard.count('errors')).toHaveText('1')
})

test('another kind of file dropped on the window is refused with a message and opens nothing', async ({
  host,
  openApp,
  page,
}) => {
  await host.start()
  await createProgramme(host)
  await openApp()
  const dashboard = new DashboardPage(page)
  await expect(dashboard.kpi('addresses')).toBeVisible()
  await dropFile(page, '#main-content', 'foto.jpg', Buffer.from([0xff, 0xd8, 0xff]), 'image/jpeg')
  await expect(page.getByText('foto.jpg is geen CSV-bestand', { exact: false })).toBeVisible()
  await expect(page).not.toHaveURL(/importeren/)
  await expect(dashboard.kpi('addresses')).toBeVisible()
})
