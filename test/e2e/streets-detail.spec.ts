import { expect, test } from './fixtures/test'
import { StreetDetailPage } from './pages/streets-detail'
import { StreetsOverviewPage } from './pages/streets-overview'
import { createProgramme } from './pages/streets-test-data'

test('a coach adds a street, addresses and a range, records a visit with a warned note, and deletes with undo', async ({
  host,
  openApp,
  page,
  consoleGuard,
}) => {
  test.slow()
  // Adding an existing house number answers HTTP 409 on purpose, which the browser logs.
  consoleGuard.allow(/status of 409/)
  await host.start()
  await createProgramme(host)
  const shell = await openApp()
  await shell.goTo('Straten')
  const overview = new StreetsOverviewPage(page)
  await overview.addStreetButton.click()
  const addStreet = page.getByRole('dialog', { name: 'Straat toevoegen' })
  await addStreet.getByLabel('Straatnaam').fill('Dorpsstraat')
  await addStreet.getByRole('button', { name: 'Straat toevoegen' }).click()
  await expect(shell.heading).toHaveText('Dorpsstraat')

  // One address as typed ("12A" becomes 12a), then a range 1–9 odd.
  const street = new StreetDetailPage(page)
  await page.getByRole('textbox', { name: 'Huisnummer' }).fill('12A')
  await page.getByRole('button', { name: 'Toevoegen', exact: true }).click()
  await expect(street.row('12a')).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Huisnummer' })).toBeFocused()
  await page.getByRole('textbox', { name: 'Huisnummer' }).fill('12a')
  await page.keyboard.press('Enter')
  await expect(page.getByText('Dorpsstraat 12a bestaat al')).toBeVisible()

  await page.getByRole('button', { name: 'Reeks toevoegen' }).click()
  const range = page.getByRole('dialog', { name: 'Reeks huisnummers toevoegen' })
  await range.getByLabel('Tot en met').fill('9')
  await range.getByRole('radio', { name: 'Alleen oneven' }).check()
  await expect(range.getByText('Dit worden 5 huisnummers.')).toBeVisible()
  await range.getByRole('button', { name: 'Reeks toevoegen' }).click()
  await expect(street.addressRows).toHaveCount(6)
  const natural = await street.addressRows.evaluateAll((rows) =>
    rows.map((row) => row.getAttribute('data-label')),
  )
  expect(natural).toEqual(['1', '3', '5', '7', '9', '12a'])
  await page.getByText('Looproute (per kant vanaf het laagste nummer)').click()
  await expect(street.addressRows.last()).toHaveAttribute('data-label', '12a')

  // A visit with a note that holds a phone number: first a warning, then saved on purpose.
  await street.row('5').getByRole('button', { name: 'Contactmomenten van Dorpsstraat 5' }).click()
  const visit = page.getByRole('dialog', { name: 'Dorpsstraat 5' })
  await visit.getByLabel('Uitkomst').selectOption('gesprek')
  await visit.getByLabel('Korte notitie (niet verplicht)').fill('Belt terug via 0612345678')
  await visit.getByRole('button', { name: 'Opslaan' }).click()
  await expect(visit.getByRole('alert')).toContainText('telefoonnummer')
  await visit.getByRole('button', { name: 'Toch opslaan' }).click()
  await expect(visit).toBeHidden()
  await expect(street.row('5')).toContainText('Gesprek gehad')
  await expect(street.figure('coverage')).toHaveText('17%')

  // Delete 9, then take it back with "Ongedaan maken".
  await street.row('9').getByRole('button', { name: 'Dorpsstraat 9 verwijderen' }).click()
  await expect(street.row('9')).toHaveCount(0)
  await shell
    .notification('Dorpsstraat 9 staat in de prullenbak')
    .getByRole('button', { name: 'Ongedaan maken' })
    .click()
  await expect(street.row('9')).toBeVisible()

  // Rename the street, then move it to the bin and back.
  await page.getByRole('button', { name: 'Straat wijzigen' }).click()
  const edit = page.getByRole('dialog', { name: 'Straat wijzigen' })
  await edit.getByLabel('Straatnaam').fill('Kerkstraat')
  await edit.getByRole('button', { name: 'Opslaan' }).click()
  await expect(shell.heading).toHaveText('Kerkstraat')
  await page.getByRole('button', { name: 'Straat wijzigen' }).click()
  await page.getByRole('button', { name: 'Naar de prullenbak' }).click()
  await expect(shell.heading).toHaveText('Straten')
  await expect(page.getByTestId('streets-empty')).toBeVisible()
  await shell
    .notification('Kerkstraat en de adressen staan in de prullenbak')
    .getByRole('button', { name: 'Ongedaan maken' })
    .click()
  await expect(shell.heading).toHaveText('Kerkstraat')
  await expect(street.addressRows).toHaveCount(6)
})
