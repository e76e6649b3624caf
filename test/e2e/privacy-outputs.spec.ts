import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { serialiseJson } from '../../main/store/safe-json'
import { markerOf, plantedHits, plantedStore } from '../support/planted-identifiers'
import { storeFileName } from './fixtures/paths'
import { PresentationPage } from './pages/presentation-page'
import { expect, test } from './fixtures/test'

test.use({ viewport: { width: 1280, height: 720 } })

/** The coach's local date, as the host's clock sees it. */
function localToday(): string {
  const now = new Date()
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
}

test.beforeEach(async ({ dataDir }) => {
  // Identifiers of residents typed into every free-text field of the demo programme.
  await writeFile(join(dataDir, storeFileName), serialiseJson(plantedStore(localToday())))
})

test('the presentation, as printed to PDF, shows none of the identifiers planted in the programme', async ({
  openApp,
  page,
}) => {
  // Record the text that would be printed instead of opening the print dialog.
  await page.addInitScript({
    content: `window.print = () => {
      const deck = document.querySelector('[data-testid="print-deck"]')
      window.__printed = { text: deck ? deck.innerText : '', html: deck ? deck.outerHTML : '' }
    }`,
  })
  await openApp()
  const presentation = new PresentationPage(page)
  await presentation.openFromDashboard()
  const setupText = await page.locator('main').innerText()
  expect(plantedHits(setupText)).toEqual([])

  await page.emulateMedia({ media: 'print' })
  await page.getByRole('button', { name: 'Als PDF bewaren' }).click()
  await page.emulateMedia({ media: 'screen' })
  await expect(presentation.setupHeading).toBeVisible()
  const printed = (await page.evaluate('window.__printed')) as { text: string; html: string }
  expect(printed.text).toContain('[telefoonnummer]')
  expect(printed.text).toContain(markerOf('ideas[].description'))
  expect(plantedHits(printed.text)).toEqual([])
  expect(plantedHits(printed.html)).toEqual([])
})

test('the printed verslag of a session shows none of the identifiers planted in it', async ({
  openApp,
  host,
  page,
}) => {
  const shell = await openApp()
  const programmeId = (await host.call('programme.list'))[0]?.id ?? ''
  const session = (await host.call('session.list', { programmeId })).find(
    (item) => item.session.type === 'bewonersavond',
  )?.session
  expect(session).toBeDefined()
  await page.goto(`${host.url}#/sessies/${session?.id}/verslag-afdrukken`)
  await shell.waitUntilLoaded()
  const sheet = page.getByTestId('print-sheet')
  await expect(sheet).toContainText(markerOf('sessions[].report.notes'))
  const text = await page.locator('body').innerText()
  expect(text).toContain('[adres]')
  expect(plantedHits(text)).toEqual([])
  expect(plantedHits(await sheet.innerHTML())).toEqual([])
})
