import { createProgramme, messyCsv } from './pages/streets-test-data'
import { expect, test } from './fixtures/test'
import { AddressImportPage } from './pages/streets-import'
import { StreetsOverviewPage } from './pages/streets-overview'

const badLines = { 17: 'street', 123: 'postcode', 250: 'number', 380: 'duplicate', 444: 'postcode' } as const
const badLineNumbers = Object.keys(badLines).map(Number)

test('a messy 500-line Excel CSV: preview names exactly the bad lines; the first click imports the good rows, all or nothing imports nothing', async ({
  host,
  openApp,
  page,
}) => {
  test.slow()
  await host.start()
  const programmeId = await createProgramme(host)
  const shell = await openApp()
  await shell.goTo('Straten')
  const overview = new StreetsOverviewPage(page)
  await expect(page.getByTestId('streets-empty')).toBeVisible()
  await overview.importButton.click()

  const wizard = new AddressImportPage(page)
  await wizard.chooseFile('adressen gemeente.csv', messyCsv(500, badLines))
  await expect(wizard.preview).toBeVisible()
  await expect(wizard.count('rows')).toHaveText('500')
  await expect(wizard.count('errors')).toHaveText('5')
  await expect(wizard.count('new')).toHaveText('495')
  await expect(wizard.preview).toContainText('Windows-1252')
  // The table shows the first 200 rows (the bad lines among them carry "fout"); the counts above
  // and the list of problems cover the whole file, each problem with its own line number.
  await expect(page.getByTestId('import-row')).toHaveCount(200)
  await expect(page.getByTestId('import-rows-shown')).toContainText('eerste 200 van 500 regels')
  const errorLines = await wizard.errorRows.evaluateAll((rows) =>
    rows.map((row) => Number(row.getAttribute('data-line'))),
  )
  expect(errorLines).toEqual(badLineNumbers.filter((line) => line <= 201))
  const errorList = page.getByTestId('import-errors')
  for (const line of badLineNumbers) await expect(errorList).toContainText(`Regel ${line}:`)
  await expect(errorList).toContainText('staat ook op regel 379')
  // The é of Windows-1252 survived.
  await expect(page.getByTestId('import-row').first()).toContainText('Café de Zonstraat')

  // The second choice, all or nothing: nothing imported, no error.
  await expect(wizard.preview).toContainText('5 rijen hebben een fout')
  await wizard.allOrNothingButton.click()
  await expect(wizard.nothingImported).toContainText('Er is niets geïmporteerd')
  await expect(wizard.refusal).toHaveCount(0)
  expect(await host.call('street.list', { programmeId })).toEqual([])

  // The first choice: the 495 good lines, in 4 new streets, skipping the 5 bad ones.
  await expect(wizard.importGoodButton).toHaveText('495 goede rijen importeren (5 overslaan)')
  await wizard.importGoodButton.click()
  await expect(wizard.result).toBeVisible()
  await expect(wizard.resultFigure('imported')).toHaveText('495')
  await expect(wizard.resultFigure('rejected')).toHaveText('5')
  await expect(wizard.resultFigure('streets')).toHaveText('4')
  const streets = await host.call('street.list', { programmeId })
  expect(streets.reduce((sum, item) => sum + item.coverage.addresses, 0)).toBe(495)

  await page.getByRole('link', { name: 'Naar Straten' }).click()
  await expect(page.getByTestId('street-row')).toHaveCount(4)
  await expect(overview.row('Café de Zonstraat')).toBeVisible()
})

test('the same file again only matches what exists, and a file without a street column changes nothing', async ({
  host,
  openApp,
  page,
}) => {
  await host.start()
  const programmeId = await createProgramme(host)
  const csv = messyCsv(40, {})
  await host.call('address.importCsv', {
    programmeId,
    fileName: 'a.csv',
    base64: csv.toString('base64'),
    mode: 'all-or-nothing',
  })
  const shell = await openApp()
  await shell.goTo('Straten')
  await new StreetsOverviewPage(page).importButton.click()
  const wizard = new AddressImportPage(page)
  await wizard.chooseFile('opnieuw.csv', csv)
  await expect(wizard.count('existing')).toHaveText('40')
  await expect(wizard.count('new')).toHaveText('0')
  await wizard.importButton.click()
  await expect(wizard.resultFigure('matched')).toHaveText('40')
  await expect(wizard.resultFigure('imported')).toHaveText('0')

  await page.getByRole('button', { name: 'Nog een bestand importeren' }).click()
  await wizard.chooseFile('kapot.csv', Buffer.from('naam;telefoon\r\nJan;0612345678\r\n', 'utf8'))
  await expect(page.getByTestId('import-errors')).toContainText('Geen kolom met de straat gevonden')
  await expect(wizard.importButton).toBeDisabled()
  const streets = await host.call('street.list', { programmeId })
  expect(streets.reduce((sum, item) => sum + item.coverage.addresses, 0)).toBe(40)
})
