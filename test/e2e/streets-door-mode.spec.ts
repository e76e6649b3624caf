import { createProgramme } from './pages/streets-test-data'
import { expect, test } from './fixtures/test'
import { type WebHost } from './fixtures/web-host'
import { StreetDetailPage } from './pages/streets-detail'
import { DoorModePage } from './pages/streets-door-mode'
import { StreetsOverviewPage } from './pages/streets-overview'

/** Kerkstraat 1–13 where number 4 asked not to be contacted again: 12 doors to knock on. */
async function smallStreet(host: WebHost): Promise<{ programmeId: string; streetId: string }> {
  const programmeId = await createProgramme(host)
  const street = await host.call('street.create', { programmeId, name: 'Kerkstraat', place: 'Wezep' })
  await host.call('address.addRange', {
    streetId: street.id,
    from: 1,
    to: 13,
    parity: 'all',
    postcode: '8091 AB',
  })
  const addresses = await host.call('address.list', {
    streetId: street.id,
    order: 'natuurlijk',
    includeDoNotContact: true,
  })
  const four = addresses.find((item) => item.label === '4')
  if (!four) throw new Error('Kerkstraat 4 ontbreekt')
  await host.call('contact.record', {
    addressId: four.address.id,
    outcome: 'niet-benaderen',
    date: '2026-01-15',
  })
  return { programmeId, streetId: street.id }
}

// Walking order: each side from its lowest number, odd side first, without 4.
const walkingOrder = ['1', '3', '5', '7', '9', '11', '13', '2', '6', '8', '10', '12']

test('door mode records a whole street with the keyboard alone, with one undo; coverage matches a hand count', async ({
  host,
  openApp,
  page,
}) => {
  test.slow()
  await host.start()
  const { streetId } = await smallStreet(host)
  const shell = await openApp()
  await shell.goTo('Straten')
  await new StreetsOverviewPage(page).openStreet('Kerkstraat')
  const street = new StreetDetailPage(page)
  await expect(street.addressRows).toHaveCount(13)
  await street.doorModeButton.focus()
  await page.keyboard.press('Enter')

  const door = new DoorModePage(page)
  await expect(door.card).toHaveAttribute('data-label', '1')
  await expect(door.progress).toHaveText('0 van 12 adressen vastgelegd')
  await expect(door.round).toBeFocused()

  // One key per door. At 7 the coach first presses 3 by mistake, undoes it with Backspace and presses 1.
  const keys = ['1', '2', '2', '4', '1', '3', '1', '5', '2', '6', '1', '2']
  for (const [index, key] of keys.entries()) {
    await expect(door.card).toHaveAttribute('data-label', walkingOrder[index] ?? '')
    if (walkingOrder[index] === '7') {
      await page.keyboard.press('3')
      await expect(door.card).toHaveAttribute('data-label', '9')
      await page.keyboard.press('Backspace')
      await expect(door.card).toHaveAttribute('data-label', '7')
    }
    await page.keyboard.press(key)
  }
  await expect(door.done).toBeVisible()
  await expect(door.progress).toHaveText('12 van 12 adressen vastgelegd')
  await expect(page.getByRole('heading', { name: 'Ronde klaar' })).toBeFocused()

  // Hand count from the keys pressed: 1 gesprek, 2 niet thuis, 3 later terug, 4 kaartje,
  // 5 geen interesse, 6 niet meer benaderen.
  const count = (key: string) => keys.filter((value) => value === key).length
  const reached = count('1')
  const attempted = keys.length
  const notHomeOnly = count('2') + count('3') + count('4')
  const doNotContact = count('6') + 1 // plus number 4, marked before the round
  const addresses = 13

  // Back to the street: the figures equal the hand count.
  await page.getByRole('link', { name: 'Naar de straat' }).click()
  await expect(street.figure('addresses')).toHaveText(String(addresses))
  await expect(street.figure('attempted')).toHaveText(String(attempted + 1))
  await expect(street.figure('not-home-only')).toHaveText(String(notHomeOnly))
  await expect(street.figure('do-not-contact')).toHaveText(String(doNotContact))
  await expect(street.figure('coverage')).toHaveText(`${Math.round((reached / addresses) * 100)}%`)
  await expect(page.getByText(`Bereikt: ${reached} van ${addresses} adressen`)).toBeVisible()

  // The undone "later terug" at 7 is gone: 7 shows the "kaartje" (key 4) with one contact moment.
  await expect(street.row('7')).toContainText('Kaartje achtergelaten')
  await expect(street.row('7').locator('td').nth(4)).toHaveText('1')

  // The API agrees (no stray contact left by the undo).
  const stats = await host.call('stats.street', { streetId })
  expect(stats).toMatchObject({ addresses, attempted: attempted + 1, reached, notHomeOnly, doNotContact })
})

test('the walk list shows the addresses in walking order without the niet-benaderen one', async ({
  host,
  openApp,
  page,
}) => {
  await host.start()
  await smallStreet(host)
  const shell = await openApp()
  await shell.goTo('Straten')
  await new StreetsOverviewPage(page).openStreet('Kerkstraat')
  await new StreetDetailPage(page).walkListButton.click()

  const rows = page.getByTestId('walk-list-row')
  await expect(rows).toHaveCount(12)
  const labels = await rows
    .locator('th')
    .evaluateAll((cells) => cells.map((cell) => cell.firstChild?.textContent ?? ''))
  expect(labels).toEqual(walkingOrder)
  await expect(page.getByTestId('walk-list')).toContainText('1 adres wil niet meer benaderd worden')
  await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeVisible()

  // On paper: no menu, no header, only the sheet.
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden()
  await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeHidden()
  await expect(rows.first()).toBeVisible()
})

test('a session links door mode and the walk list: outcomes carry the session, the list covers its streets', async ({
  host,
  openApp,
  page,
}) => {
  await host.start()
  const { programmeId, streetId } = await smallStreet(host)
  const other = await host.call('street.create', { programmeId, name: 'Molenweg', place: 'Wezep' })
  await host.call('address.addRange', { streetId: other.id, from: 2, to: 8, parity: 'even' })
  const { session } = await host.call('session.create', {
    programmeId,
    type: 'deur-aan-deur',
    title: 'Ronde Kerkstraat en Molenweg',
    date: '2026-01-20',
    startTime: '18:30',
    endTime: '20:30',
    streetIds: [streetId, other.id],
  })
  await openApp()

  await page.goto(`${host.url}#/straten/looplijst?sessie=${session.id}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Looplijst: Ronde Kerkstraat en Molenweg')
  await expect(page.getByTestId('walk-list-street')).toHaveCount(2)
  await expect(page.getByTestId('walk-list-row')).toHaveCount(12 + 4)

  await page.goto(`${host.url}#/straten/${streetId}/ronde?sessie=${session.id}`)
  const door = new DoorModePage(page)
  await expect(page.getByText('Voor Ronde Kerkstraat en Molenweg', { exact: false })).toBeVisible()
  await expect(door.card).toHaveAttribute('data-label', '1')
  await page.keyboard.press('1')
  await expect(door.progress).toHaveText('1 van 12 adressen vastgelegd')
  const addresses = await host.call('address.list', {
    streetId,
    order: 'natuurlijk',
    includeDoNotContact: true,
  })
  const one = addresses.find((item) => item.label === '1')
  await expect
    .poll(async () =>
      one ? (await host.call('contact.list', { addressId: one.address.id }))[0]?.sessionId : undefined,
    )
    .toBe(session.id)
})
