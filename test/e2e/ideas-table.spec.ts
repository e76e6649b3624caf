import { IdeasPage } from './pages/ideas-page'
import { expect, test } from './fixtures/test'

test('the table filters, sorts and exports the filtered list to Excel', async ({ openApp, host, page }) => {
  await host.start()
  const { programmeId } = await host.call('demo.load', { scale: 1 })
  const all = await host.call('idea.list', { programmeId })
  const realised = all.filter((item) => item.idea.status === 'gerealiseerd').length
  const shell = await openApp()
  await shell.goTo('Ideeën')
  const ideas = new IdeasPage(page)
  await ideas.showView('Tabel')
  await expect(ideas.count).toHaveText(`${all.length} van ${all.length} ideeën`)

  await ideas.openFilters()
  await page.getByRole('combobox', { name: 'Status' }).click()
  await page.getByRole('option', { name: 'Gerealiseerd' }).click()
  await page.keyboard.press('Escape')
  await expect(ideas.count).toHaveText(`${realised} van ${all.length} ideeën`)
  await expect(page.getByTestId('idea-row')).toHaveCount(realised)

  // Search narrows further, typing stays instant.
  const first = all.find((item) => item.idea.status === 'gerealiseerd')!
  await page.getByRole('textbox', { name: 'Zoeken' }).fill(first.idea.title)
  await expect(page.getByTestId('idea-row')).toHaveCount(1)
  await expect(page.getByTestId('idea-row')).toContainText(first.idea.title)

  const downloadPromise = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Excel' }).click()
  const download = await downloadPromise
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/)
  await expect(shell.notification(/is gedownload/)).toBeVisible()

  await page.getByRole('button', { name: 'Filters wissen' }).click()
  await expect(ideas.count).toHaveText(`${all.length} van ${all.length} ideeën`)
})
