import { expectNoSeriousAxeViolations } from './pages/dashboard-axe'
import { FirstRunPage } from './pages/first-run-page'
import { ProgrammeForm } from './pages/programme-form'
import { StreetDetailPage } from './pages/streets-detail'
import { DoorModePage } from './pages/streets-door-mode'
import { StreetsOverviewPage } from './pages/streets-overview'
import { expect, test } from './fixtures/test'

/** A day in Dutch time (the browser runs in Europe/Amsterdam), `days` from today, as `yyyy-MM-dd`. */
function amsterdamDay(days = 0): string {
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date())
  const date = new Date(`${today}T12:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

/** `2026-04-12` as the Dutch interface shows it: 12-04-2026 (or 12/04/2026 in the English one). */
function shown(isoDate: string, separator = '-'): string {
  const [year, month, day] = isoDate.split('-')
  return [day, month, year].join(separator)
}

const year = amsterdamDay().slice(0, 4)

// The computer and browser are set to American English, which would show 04/12/2026 in a native date
// input; the app's own date fields follow the app's language instead.
test.use({ locale: 'en-US' })

test('in the Dutch interface on an en-US browser, dates show as dd-mm-jjjj and "12 april", "gisteren", "morgen" are understood', async ({
  openApp,
  host,
  page,
}) => {
  test.slow()
  const shell = await openApp()
  expect(await page.evaluate('navigator.language')).toBe('en-US')
  await new FirstRunPage(page).startNewProgramme()
  const form = new ProgrammeForm(page)
  await form.field('Naam van het programma').fill('Wezep Voor Elkaar')
  await form.field('Gemeente').fill('Oldebroek')

  // With the keyboard alone: type in the field, Tab on.
  const start = form.field('Begindatum')
  const end = form.field('Einddatum')
  await expect(start).toHaveAttribute('placeholder', 'dd-mm-jjjj')
  await form.field('Omschrijving').focus()
  await page.keyboard.press('Tab')
  await expect(start).toBeFocused()
  await page.keyboard.type('12 april')
  await page.keyboard.press('Tab')
  await expect(start).toHaveValue(`12-04-${year}`)

  // No date at all: the field says so, naming itself, and stays empty.
  await end.focus()
  await page.keyboard.type('31-02-2027')
  await page.keyboard.press('Tab')
  await expect(end).toHaveValue('')
  await expect(end).toHaveAccessibleDescription(/Einddatum: „31-02-2027” is geen datum\./)
  await expect(end).toHaveAttribute('aria-invalid', 'true')

  // The calendar opens in Dutch; the page passes axe with it open.
  await end.focus()
  const calendar = page.locator('[data-dates-dropdown]')
  await expect(calendar).toBeVisible()
  const dutchMonth =
    /^(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}$/
  await expect(calendar.getByRole('button', { name: 'Kies een maand' })).toHaveText(dutchMonth)
  await expect(calendar.getByText(/^ma$/i)).toBeVisible()
  await expectNoSeriousAxeViolations(page, 'new-programme form with the date calendar open')
  await page.keyboard.type('31 december')
  await page.keyboard.press('Tab')
  await expect(end).toHaveValue(`31-12-${year}`)
  await expect(end).not.toHaveAttribute('aria-invalid', 'true')

  await form.submit()
  await expect(shell.heading).toHaveText('Wezep Voor Elkaar')
  const [programme] = await host.call('programme.list')
  if (!programme) throw new Error('the programme was not created')
  expect((await host.call('programme.get', { programmeId: programme.id })).period).toEqual({
    start: `${year}-04-12`,
    end: `${year}-12-31`,
  })

  // Door mode's "Datum van de ronde": today, shown the Dutch way; "gisteren" is taken, "morgen" is not.
  const street = await host.call('street.create', {
    programmeId: programme.id,
    name: 'Kerkstraat',
    place: 'Wezep',
  })
  await host.call('address.addRange', {
    streetId: street.id,
    from: 1,
    to: 3,
    parity: 'all',
    postcode: '8091 AB',
  })
  await shell.goTo('Straten')
  await new StreetsOverviewPage(page).openStreet('Kerkstraat')
  await new StreetDetailPage(page).doorModeButton.click()
  const door = new DoorModePage(page)
  const roundDate = page.getByRole('textbox', { name: 'Datum van de ronde' })
  await expect(roundDate).toHaveValue(shown(amsterdamDay()))
  await roundDate.fill('morgen')
  await page.keyboard.press('Tab')
  await expect(roundDate).toHaveValue(shown(amsterdamDay()))
  await expect(roundDate).toHaveAccessibleDescription(
    new RegExp(
      `Datum van de ronde: ${shown(amsterdamDay(1))} kan niet, de laatste mogelijke datum is ${shown(amsterdamDay())}\\.`,
    ),
  )
  await roundDate.fill('gisteren')
  await page.keyboard.press('Tab')
  await expect(roundDate).toHaveValue(shown(amsterdamDay(-1)))
  await expect(roundDate).not.toHaveAttribute('aria-invalid', 'true')
  await door.round.focus()
  await expect(door.card).toHaveAttribute('data-label', '1')
  await page.keyboard.press('1')
  await expect(door.progress).toHaveText('1 van 3 adressen vastgelegd')
  // Door mode shows the outcome before the host has saved it: wait for the save itself.
  await expect
    .poll(async () => {
      const addresses = await host.call('address.list', {
        streetId: street.id,
        order: 'natuurlijk',
        includeDoNotContact: true,
      })
      return addresses.find((item) => item.label === '1')?.latest?.date
    })
    .toBe(amsterdamDay(-1))

  // No native date inputs anywhere the coach goes here.
  await expect(page.locator('input[type="date"]')).toHaveCount(0)
})

test('in the English interface on an en-US browser, dates show as dd/mm/yyyy and "tomorrow" is understood', async ({
  openApp,
  host,
  page,
}) => {
  await host.start()
  await host.call('settings.update', { language: 'en' })
  await openApp()
  await page.getByRole('main').getByRole('button', { name: 'New programme' }).click()
  const form = new ProgrammeForm(page, 'Create programme')
  const start = form.field('Start date')
  const end = form.field('End date')
  await expect(start).toHaveAttribute('placeholder', 'dd/mm/yyyy')
  await start.fill('12 April')
  await page.keyboard.press('Tab')
  await expect(start).toHaveValue(`12/04/${year}`)
  await end.fill('tomorrow')
  await page.keyboard.press('Tab')
  await expect(end).toHaveValue(shown(amsterdamDay(1), '/'))
  await end.fill('13/13/2026')
  await page.keyboard.press('Tab')
  await expect(end).toHaveAccessibleDescription(/End date: "13\/13\/2026" is not a date\./)
  await expect(end).toHaveValue(shown(amsterdamDay(1), '/'))
})
