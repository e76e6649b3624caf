import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { format, subMonths } from 'date-fns'
import { expect, test } from './fixtures/test'
import { storeFileName } from './fixtures/paths'
import { expectNoSeriousViolations } from './pages/ideas-axe'
import { PrivacyPage } from './pages/privacy-page'
import { createProgramme } from './pages/streets-test-data'

test('a coach erases a resident: the confirmation names what goes, the result names the backups that still hold it', async ({
  host,
  openApp,
  page,
}) => {
  test.slow()
  await host.start()
  const programmeId = await createProgramme(host)
  const street = await host.call('street.create', { programmeId, name: 'Zwaluwstraat', place: 'Wezep' })
  const home = await host.call('address.create', { streetId: street.id, houseNumber: 3 })
  await host.call('address.create', { streetId: street.id, houseNumber: 5 })
  await host.call('contact.record', {
    addressId: home.id,
    outcome: 'gesprek',
    residentName: 'Gerda Jansen',
    phone: '0612345678',
    consentToContact: true,
    note: 'Zorgen over de stoep voor het huis',
  })
  const backup = await host.call('backup.create')

  await openApp()
  const privacy = new PrivacyPage(page)
  await privacy.open()
  // The address select says what is stored at each door.
  await privacy.chooseAddress(privacy.erase, 'Zwaluwstraat', '3 — naam, telefoon bewaard')
  await privacy.erase.getByLabel('Naam zoals vastgelegd (niet verplicht)').fill('Gerda Jansen')
  await expectNoSeriousViolations(page, 'privacy page')
  await privacy.erase.getByRole('button', { name: 'Gegevens wissen…' }).click()

  const dialog = page.getByRole('dialog', { name: 'Gegevens van deze bewoner wissen?' })
  await expect(dialog).toContainText('Adres: Zwaluwstraat 3')
  await expect(dialog).toContainText('de naam en het telefoonnummer van de bewoner')
  await expect(dialog).toContainText('de notities bij de deur op dit adres')
  await expect(dialog).toContainText('Dit kan niet ongedaan worden gemaakt.')
  // Focus starts on "Annuleren": Enter never erases by accident.
  await expect(dialog.getByRole('button', { name: 'Annuleren' })).toBeFocused()
  await privacy.screenshot('erase-confirm')
  await dialog.getByRole('button', { name: 'Ja, definitief wissen' }).click()

  const result = page.getByTestId('erase-result')
  await expect(result).toContainText('De gegevens zijn gewist')
  await expect(result.getByRole('row', { name: /Notities bij de deur verwijderd/ })).toContainText('1')
  const holding = page.getByTestId('backups-still-holding')
  await expect(holding).toContainText('Let op: deze back-ups bevatten de gegevens nog')
  await expect(holding.getByTestId('backup-still-holding')).toHaveCount(1)
  await expect(holding.getByTestId('backup-still-holding')).toContainText('Zelf gemaakt')
  await expect(page.getByTestId('erase-data-dir')).toHaveText(host.dataDir)
  await expectNoSeriousViolations(page, 'privacy page with an erasure result')
  await privacy.screenshot('erase-result')

  const [after] = await host.call('address.list', { streetId: street.id })
  expect(after?.address).toMatchObject({ residentName: '', phone: '', consentToContact: false })
  expect((await host.call('contact.list', { addressId: home.id }))[0]?.note).toBe('')
  expect(await readFile(join(host.dataDir, storeFileName), 'utf8')).not.toContain('Jansen')
  expect((await host.call('backup.list')).map((b) => b.id)).toContain(backup.id)

  // The erasure is in the log, without the name.
  const log = privacy.audit.getByTestId('audit-row')
  await expect(log.first()).toContainText('Gegevens gewist')
  await expect(privacy.audit).not.toContainText('Jansen')
})

test('an access request downloads everything about an address as JSON and as Word, and is logged', async ({
  host,
  openApp,
  page,
}) => {
  test.slow()
  await host.start()
  const programmeId = await createProgramme(host)
  const street = await host.call('street.create', { programmeId, name: 'Eperweg' })
  const home = await host.call('address.create', { streetId: street.id, houseNumber: 12, addition: 'a' })
  await host.call('contact.record', {
    addressId: home.id,
    outcome: 'gesprek',
    residentName: 'Piet',
    note: 'Wil meedoen',
  })

  await openApp()
  const privacy = new PrivacyPage(page)
  await privacy.open()
  await privacy.access.getByRole('button', { name: 'Downloaden als Word' }).click()
  await expect(privacy.access.getByRole('alert')).toHaveText('Kies eerst een adres.')
  await privacy.chooseAddress(privacy.access, 'Eperweg', /^12a/)

  const word = page.waitForEvent('download')
  await privacy.access.getByRole('button', { name: 'Downloaden als Word' }).click()
  expect((await word).suggestedFilename()).toMatch(/^Inzage Eperweg 12a \d{4}-\d{2}-\d{2}\.docx$/)
  const json = page.waitForEvent('download')
  await privacy.access.getByRole('button', { name: 'Downloaden als JSON' }).click()
  const jsonFile = await json
  expect(jsonFile.suggestedFilename()).toMatch(/^Inzage Eperweg 12a \d{4}-\d{2}-\d{2}\.json$/)
  const content = JSON.parse(await readFile((await jsonFile.path()) ?? '', 'utf8')) as {
    adres: { naamBewoner: string }
  }
  expect(content.adres.naamBewoner).toBe('Piet')

  await expect(privacy.audit.getByTestId('audit-row')).toHaveCount(2)
  await expect(privacy.audit.getByTestId('audit-row').first()).toContainText('Inzageverzoek')
})

test('with a retention period of one month an old door note is flagged and removed after a confirmation', async ({
  host,
  openApp,
  page,
}) => {
  test.slow()
  await host.start()
  const programmeId = await createProgramme(host)
  const street = await host.call('street.create', { programmeId, name: 'Stationsweg' })
  const old = await host.call('address.create', { streetId: street.id, houseNumber: 7 })
  const recent = await host.call('address.create', { streetId: street.id, houseNumber: 9 })
  const longAgo = format(subMonths(new Date(), 3), 'yyyy-MM-dd')
  await host.call('contact.record', {
    addressId: old.id,
    outcome: 'gesprek',
    date: longAgo,
    residentName: 'Kees',
    note: 'Oud gesprek over de speeltuin',
  })
  await host.call('contact.record', { addressId: recent.id, outcome: 'gesprek', note: 'Vandaag gesproken' })

  await openApp()
  const privacy = new PrivacyPage(page)
  await privacy.open()
  await expect(privacy.retention).toContainText(
    'Er zijn geen adressen met gegevens die langer dan 24 maanden',
  )
  const months = privacy.retention.getByLabel('Bewaartermijn in maanden')
  await months.fill('1')
  await months.press('Enter')
  await expect(page.getByText('De bewaartermijn is opgeslagen.')).toBeVisible()
  expect((await host.call('settings.get')).retentionMonths).toBe(1)

  const rows = privacy.retention.getByTestId('retention-row')
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText('Stationsweg')
  await expect(rows.first()).toContainText('naam, 1 notitie')
  const remove = privacy.retention.getByRole('button', { name: /verwijderen…$/ })
  await expect(remove).toBeDisabled()
  await privacy.retention.getByRole('checkbox', { name: 'Alle adressen kiezen' }).check()
  await expect(remove).toHaveText('Gegevens van 1 adres verwijderen…')
  await privacy.screenshot('retention')
  await remove.click()
  const dialog = page.getByRole('dialog', { name: 'Gegevens verwijderen?' })
  await expect(dialog).toContainText('Dit kan niet ongedaan worden gemaakt.')
  await dialog.getByRole('button', { name: 'Ja, verwijderen' }).click()
  await expect(page.getByText('De gegevens van 1 adres zijn verwijderd.')).toBeVisible()
  await expect(privacy.retention).toContainText('Er zijn geen adressen met gegevens die langer dan 1 maand')

  expect((await host.call('contact.list', { addressId: old.id }))[0]?.note).toBe('')
  expect((await host.call('contact.list', { addressId: recent.id }))[0]?.note).toBe('Vandaag gesproken')
  await expect(privacy.audit.getByTestId('audit-row').first()).toContainText('Bewaartermijn toegepast')
  await privacy.screenshot('page')
})
