import { DashboardPage } from './pages/dashboard-page'
import { FirstRunPage } from './pages/first-run-page'
import { ProgrammeForm } from './pages/programme-form'
import { expect, test } from './fixtures/test'

test('a new programme: Dutch errors beside the fields first, nothing created; then created and on the dashboard', async ({
  openApp,
  host,
  page,
}) => {
  const shell = await openApp()
  await new FirstRunPage(page).startNewProgramme()
  const form = new ProgrammeForm(page)

  // Empty name, and an end date before the start date.
  await form.fill({ gemeente: 'Oldebroek', start: '1-9-2026', end: '1-3-2026' })
  await form.submit()
  await expect(form.field('Naam van het programma')).toHaveAccessibleDescription(
    /Naam van het programma is verplicht\./,
  )
  await expect(form.field('Naam van het programma')).toHaveAttribute('aria-invalid', 'true')
  await expect(form.field('Einddatum')).toHaveAccessibleDescription(/De einddatum ligt vóór de begindatum\./)
  await expect(page.getByRole('alert').filter({ hasText: 'Nog niet alles is goed ingevuld' })).toBeVisible()
  await expect(form.field('Naam van het programma')).toBeFocused()
  expect(await host.call('programme.list')).toEqual([])

  // Fix it and create.
  await form.fill({
    name: 'Wezep Samen Sterk',
    end: '31-12-2026',
    description: 'Samen met bewoners van Wezep werken aan een betere buurt.',
    goals: {
      addresses: 120,
      conversations: 80,
      ideas: 20,
      ideasRealised: 5,
      activeResidents: 12,
      connections: 6,
    },
  })
  await expect(form.field('Einddatum')).not.toHaveAttribute('aria-invalid', 'true')
  await form.submit()

  await expect(shell.heading).toHaveText('Wezep Samen Sterk')
  await expect(page.getByText('Gemeente Oldebroek · 1 september 2026 t/m 31 december 2026')).toBeVisible()
  await expect(shell.notification('Het programma „Wezep Samen Sterk” is aangemaakt.')).toBeVisible()
  const dashboard = new DashboardPage(page)
  await expect(dashboard.kpi('streets')).toHaveText('0')
  await expect(dashboard.kpiDetail('conversations')).toHaveText('doel 80 · 0%')
  await expect(dashboard.kpiDetail('reached')).toHaveText('doel 120 · 0% · 0 adressen in de straten')

  // A new programme has no streets: the dashboard leads straight to adding one or importing addresses.
  const coverage = page.getByTestId('street-coverage')
  await expect(coverage.getByRole('link', { name: 'Adressen importeren' })).toBeVisible()
  await coverage.getByRole('link', { name: 'Straat toevoegen' }).click()
  await expect(page.getByRole('dialog', { name: 'Straat toevoegen' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog', { name: 'Straat toevoegen' })).toBeHidden()

  const programmes = await host.call('programme.list')
  expect(programmes.map((programme) => programme.name)).toEqual(['Wezep Samen Sterk'])
  const saved = await host.call('programme.get', { programmeId: programmes[0]!.id })
  expect(saved.period).toEqual({ start: '2026-09-01', end: '2026-12-31' })
  expect(saved.goals).toEqual({
    addresses: 120,
    conversations: 80,
    ideas: 20,
    ideasRealised: 5,
    activeResidents: 12,
    connections: 6,
  })
})

test('a second programme from the header, and switching between programmes', async ({
  openApp,
  host,
  page,
}) => {
  await host.start()
  await host.call('demo.load', { scale: 1 })
  const shell = await openApp()

  await page.getByRole('link', { name: 'Nieuw programma' }).click()
  await expect(shell.heading).toHaveText('Nieuw programma')
  const form = new ProgrammeForm(page)
  await form.fill({ name: 'Hattem Doet Mee', gemeente: 'Hattem', start: '2026-01-15' })
  await form.submit()
  await expect(shell.heading).toHaveText('Hattem Doet Mee')
  await expect(shell.programmeSwitcher).toHaveValue('Hattem Doet Mee')

  await shell.switchProgramme('Oldebroek Voor Mekaar — Krachtstroom (demo)')
  await expect(shell.heading).toHaveText('Oldebroek Voor Mekaar — Krachtstroom')
  await expect(new DashboardPage(page).kpi('addresses')).toHaveText('150')
  const settings = await host.call('settings.get')
  const active = (await host.call('programme.list')).find(
    (programme) => programme.id === settings.activeProgrammeId,
  )
  expect(active?.isDemo).toBe(true)
})

test("the API's own validation error shows beside its field too", async ({
  openApp,
  consoleGuard,
  host,
  page,
}) => {
  consoleGuard.allow(/status of 400/)
  const shell = await openApp()
  await new FirstRunPage(page).startNewProgramme()
  // The host refuses the gemeente (as it would for a rule only the service knows), answering like the web host.
  await page.route('**/api/programme.create', (route) =>
    route.fulfill({
      status: 400,
      contentType: 'application/json',
      body: JSON.stringify({
        ok: false,
        error: {
          code: 'VALIDATION_FAILED',
          message: 'Gemeente: deze naam is te algemeen.',
          field: 'gemeente',
        },
      }),
    }),
  )
  const form = new ProgrammeForm(page)
  await form.fill({ name: 'Samen Verder', gemeente: 'Nederland', start: '1-1-2027' })
  await form.submit()
  await expect(form.field('Gemeente')).toHaveAccessibleDescription(/Gemeente: deze naam is te algemeen\./)
  await expect(form.field('Gemeente')).toBeFocused()
  await expect(shell.notification(/./)).toHaveCount(0)

  await page.unroute('**/api/programme.create')
  await form.fill({ gemeente: 'Oldebroek' })
  await form.submit()
  await expect(shell.heading).toHaveText('Samen Verder')
  expect((await host.call('programme.list')).map((programme) => programme.name)).toEqual(['Samen Verder'])
})
