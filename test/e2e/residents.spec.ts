import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { type StoreData } from '../../shared/model'
import { expectNoSeriousAxeViolations } from './pages/dashboard-axe'
import { createProgramme } from './pages/streets-test-data'
import { DoorModePage } from './pages/streets-door-mode'
import { ResidentsPage } from './pages/residents-page'
import { expect, test } from './fixtures/test'
import { storeFileName } from './fixtures/paths'
import { type WebHost } from './fixtures/web-host'

/** Kerkstraat 1–6 in a fresh programme, with the CJG as partner. */
async function kerkstraat(host: WebHost) {
  const programmeId = await createProgramme(host)
  const street = await host.call('street.create', { programmeId, name: 'Kerkstraat', place: 'Wezep' })
  await host.call('address.addRange', { streetId: street.id, from: 1, to: 6 })
  const addresses = await host.call('address.list', { streetId: street.id })
  const partner = await host.call('partner.create', {
    programmeId,
    name: 'CJG Oldebroek',
    kind: 'cjg',
    contacts: [{ name: 'Naima Bouzid' }],
  })
  return { programmeId, streetId: street.id, addresses, partnerId: partner.id }
}

/** The signals as the store file on disk holds them. */
async function storedSignals(host: WebHost): Promise<StoreData['signals']> {
  const data = JSON.parse(await readFile(join(host.dataDir, storeFileName), 'utf8')) as StoreData
  return data.signals
}

test('door mode: S opens the signal form; with consent the address and note are kept, and the round goes on at the same door', async ({
  host,
  openApp,
  page,
}) => {
  await host.start()
  const { programmeId, streetId } = await kerkstraat(host)
  await openApp()
  await page.goto(`${host.url}#/straten/${streetId}/ronde`)
  const door = new DoorModePage(page)
  await expect(door.card).toHaveAttribute('data-label', '1')
  await expect(door.round).toBeFocused()

  await page.keyboard.press('s')
  const dialog = page.getByRole('dialog', { name: 'Signaal bij Kerkstraat 1' })
  await expect(dialog).toBeVisible()
  await expectNoSeriousAxeViolations(page, 'the signal form in door mode')
  const residents = new ResidentsPage(page)
  // Number keys typed in the form never record a door outcome.
  await residents.fillSignal(
    dialog,
    'Geldzorgen',
    'Toestemming om vast te leggen',
    'Stapel brieven, 2 maanden achter',
  )
  await dialog.getByRole('button', { name: 'Signaal opslaan' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByTestId('door-announcement')).toHaveText(
    'Signaal vastgelegd bij Kerkstraat 1. Je bent nog bij dezelfde deur.',
  )
  await expect(door.card).toHaveAttribute('data-label', '1')
  await expect(door.progress).toHaveText('0 van 6 adressen vastgelegd')

  // The keys work on: 1 records a conversation at number 1 and moves to number 3.
  await expect(door.round).toBeFocused()
  await page.keyboard.press('1')
  await expect(door.card).toHaveAttribute('data-label', '3')

  const [item] = await host.call('signal.list', { programmeId })
  expect(item).toMatchObject({ addressLabel: '1', countOnly: false, streetName: 'Kerkstraat' })
  expect(item?.signal).toMatchObject({
    category: 'geldzorgen',
    consent: 'vastleggen',
    consentHow: 'mondeling',
    status: 'open',
  })
  const detail = await host.call('signal.get', { signalId: item?.signal.id ?? '' })
  expect(detail.note).toBe('Stapel brieven, 2 maanden achter')
})

test('door mode: without consent only the kind and the street are kept, no address and no note', async ({
  host,
  openApp,
  page,
}) => {
  await host.start()
  const { programmeId, streetId } = await kerkstraat(host)
  await openApp()
  await page.goto(`${host.url}#/straten/${streetId}/ronde`)
  const door = new DoorModePage(page)
  await expect(door.card).toHaveAttribute('data-label', '1')
  await page.keyboard.press('ArrowRight')
  await expect(door.card).toHaveAttribute('data-label', '3')

  await page.getByTestId('door-signal').click()
  const dialog = page.getByRole('dialog', { name: 'Signaal bij Kerkstraat 3' })
  const residents = new ResidentsPage(page)
  await dialog.getByRole('button', { name: 'Signaal opslaan' }).click()
  await expect(dialog.getByText('Kies waar het signaal over gaat.')).toBeVisible()
  await expect(dialog.getByText('Kies of de bewoner toestemming gaf.')).toBeVisible()
  await residents.fillSignal(dialog, 'Eenzaamheid', 'Geen toestemming (alleen tellen)')
  await expect(dialog.getByTestId('signal-count-only')).toBeVisible()
  await expect(dialog.getByLabel('Notitie')).toHaveCount(0)
  await dialog.getByRole('button', { name: 'Signaal opslaan' }).click()
  await expect(dialog).toBeHidden()
  await expect(door.card).toHaveAttribute('data-label', '3')

  const [item] = await host.call('signal.list', { programmeId })
  expect(item).toMatchObject({ countOnly: true, streetName: 'Kerkstraat' })
  expect(item?.addressLabel).toBeUndefined()
  const [stored] = await storedSignals(host)
  expect(stored).toMatchObject({ category: 'eenzaamheid', consent: 'geen', note: '', history: [] })
  expect(stored?.addressId).toBeUndefined()
  expect(stored?.sessionId).toBeUndefined()
})

test('a warm handover to a partner from the Signalen page, then picked up', async ({
  host,
  openApp,
  page,
}) => {
  await host.start()
  const { programmeId, addresses, partnerId } = await kerkstraat(host)
  // The host's own day (local time), so consent is never dated after it.
  const now = new Date()
  const today = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
    .map((part) => String(part).padStart(2, '0'))
    .join('-')
  await host.call('signal.record', {
    addressId: addresses[1]?.address.id ?? '',
    category: 'opvoeding',
    consent: 'doorgeven',
    consentHow: 'mondeling',
    consentOn: today,
    note: 'Zorgen over de oudste',
  })
  const shell = await openApp()
  await shell.goTo('Bewoners')
  const residents = new ResidentsPage(page)
  await residents.openTab('Signalen')
  await expect(residents.signalRows).toHaveCount(1)
  await expect(residents.signalRows.first()).not.toContainText('Zorgen over de oudste')
  await expectNoSeriousAxeViolations(page, 'Bewoners → Signalen')

  await residents.signalRows
    .first()
    .getByRole('button', { name: /^Signaal Opvoeding .* openen$/ })
    .click()
  await expect(residents.signalDetail).toBeVisible()
  await expect(residents.signalDetail.getByTestId('signal-note')).toHaveValue('Zorgen over de oudste')
  const handover = residents.signalDetail.getByTestId('handover-form')
  await residents.choose(handover, 'Partner', 'CJG Oldebroek (CJG)')
  await handover.getByLabel('Contactpersoon bij de partner').fill('Naima Bouzid')
  await handover.getByRole('button', { name: 'Warm overdragen' }).click()
  await expect(residents.signalDetail.getByTestId('signal-facts')).toContainText('aan CJG Oldebroek')
  await expect(residents.signalDetail.getByTestId('signal-facts')).toContainText(
    'contactpersoon Naima Bouzid',
  )
  await expect(handover).toBeHidden()
  await expectNoSeriousAxeViolations(page, 'a signal')

  await residents.signalDetail.getByRole('button', { name: 'Stand wijzigen' }).click()
  await expect(residents.signalDetail.getByTestId('signal-facts')).toContainText('Opgepakt')
  await page.keyboard.press('Escape')
  await expect(residents.signalRows.first()).toContainText('Opgepakt')
  await expect(residents.signalRows.first()).toContainText('CJG Oldebroek')
  await expect(residents.signalRows.first()).not.toContainText('Naima Bouzid')

  const figures = await host.call('stats.residents', { programmeId })
  expect(figures.signals.handovers).toMatchObject({ handovers: 1, pickedUp: 1, waiting: 0 })
  expect(figures.signals.handoversByPartnerKind).toEqual([
    expect.objectContaining({ kind: 'cjg', handovers: 1 }),
  ])
  const [item] = await host.call('signal.list', { programmeId })
  expect(item?.signal.handover?.partnerId).toBe(partnerId)
})

test('a connection between neighbours: recorded with two addresses, then checked as still running', async ({
  host,
  openApp,
  page,
}) => {
  await host.start()
  const { programmeId } = await kerkstraat(host)
  const shell = await openApp()
  await shell.goTo('Bewoners')
  const residents = new ResidentsPage(page)
  await expectNoSeriousAxeViolations(page, 'Bewoners → Actieve bewoners')
  await residents.openTab('Verbindingen')
  await page.getByRole('button', { name: 'Verbinding vastleggen' }).click()
  const dialog = page.getByRole('dialog', { name: 'Verbinding vastleggen' })
  await dialog.getByRole('button', { name: 'Opslaan' }).click()
  await expect(dialog.getByText('Kies minstens één bewoner of adres.')).toBeVisible()
  await dialog.getByLabel('Wat houdt het in?').fill('Buurvrouw doet de boodschappen voor nummer 4')
  await residents.choose(dialog, 'Straat', 'Kerkstraat')
  await residents.choose(dialog, 'Adressen', 'Kerkstraat 2')
  await residents.choose(dialog, 'Adressen', 'Kerkstraat 4')
  await page.keyboard.press('Escape')
  await dialog.getByRole('button', { name: 'Opslaan' }).click()
  await expect(dialog).toBeHidden()

  await expect(residents.connectionRows).toHaveCount(1)
  const row = residents.connectionRows.first()
  await expect(row).toContainText('Burenhulp')
  await expect(row).toContainText('Kerkstraat 2, Kerkstraat 4')
  await expect(row).toContainText('nog niet nagevraagd')
  await expectNoSeriousAxeViolations(page, 'Bewoners → Verbindingen')
  await row.getByRole('button', { name: 'Vastleggen dat Burenhulp nog loopt' }).click()
  await expect(row).toContainText('nagevraagd op')

  const [item] = await host.call('connection.list', { programmeId })
  expect(item?.connection.checks).toEqual([expect.objectContaining({ running: true })])
  const figures = await host.call('stats.residents', { programmeId })
  expect(figures.connections).toMatchObject({ made: 1, running: 1, addresses: 2, streets: 1 })
})

test('the figures against a goal say the goal and the share, on the Bewoners page and the dashboard', async ({
  host,
  openApp,
  page,
}) => {
  await host.start()
  const { programmeId } = await host.call('demo.load')
  const stats = await host.call('stats.residents', { programmeId })
  const percent = (value: number, goal: number) => `${Math.round((value / goal) * 100)}%`
  await openApp()
  const card = page.getByTestId('residents-card')
  await expect(card).toContainText(
    `doel ${stats.goals.activeResidents} · ${percent(stats.residents.active, stats.goals.activeResidents)}`,
  )
  await expect(page.locator('main')).not.toContainText('{{')
  await page.goto(`${host.url}#/bewoners`)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.locator('main')).toContainText(
    `doel ${stats.goals.activeResidents} · ${percent(stats.residents.active, stats.goals.activeResidents)}`,
  )
  await expect(page.locator('main')).not.toContainText('{{')
})
