import { CouchStandIn } from '../support/couch-stand-in'
import { startTestRuntime } from '../support/test-runtime'
import { expect, test } from './fixtures/test'
import { AppShell } from './pages/app-shell'
import { DashboardPage } from './pages/dashboard-page'
import { FirstRunPage } from './pages/first-run-page'
import { TeamSyncPage, expectCardWithoutViolations, type TeamLogin } from './pages/team-sync-page'

// The team's server is a CouchDB stand-in that this spec starts on 127.0.0.1 itself: express-pouchdb in
// memory, with a login for the coach as CouchDB has (CouchDB cannot be installed on the build machines).
let server: CouchStandIn
// A step that does not happen fails within a minute, not at the end of the whole (slow) test.
test.use({ actionTimeout: 60_000 })

test.beforeAll(async () => {
  server = new CouchStandIn()
  server.addUser('anna', 'juist-wachtwoord')
  await server.start()
  await server.createDatabase('oldebroek-voor-mekaar')
})
test.afterAll(async () => {
  await server.stop()
})

test('a coach joins the team under Instellingen → Samenwerken, is asked for the password each session, and leaves keeping the data', async ({
  host,
  openApp,
  page,
  consoleGuard,
}) => {
  test.slow()
  // The refused login and the missing agreement are answered with HTTP 400, which Chromium logs.
  consoleGuard.allow(/status of 400/)
  await page.setViewportSize({ width: 1366, height: 768 })
  await openApp()
  await new FirstRunPage(page).loadDemo()
  const dashboard = new DashboardPage(page)
  await expect(dashboard.kpi('ideas')).toHaveText('30')

  const sync = new TeamSyncPage(page)
  await sync.open()
  await expect(sync.indicator).toBeHidden()
  await expectCardWithoutViolations(page, 'not shared yet')
  await sync.screenshot('empty-1366')

  // A wrong password: said beside the field, naming the user name; nothing is joined.
  const login: TeamLogin = {
    serverUrl: server.url,
    database: 'oldebroek-voor-mekaar',
    username: 'anna',
    password: 'verkeerd',
  }
  await sync.fillLogin(login)
  await sync.joinButton.click()
  await expect(sync.card).toContainText(
    'Inloggen lukt niet: de server kent gebruikersnaam “anna” niet, of het wachtwoord klopt niet.',
  )
  await expect(sync.password).toHaveAttribute('aria-invalid', 'true')
  await expect(sync.card).not.toContainText('unauthorized')
  expect((await host.call('sync.settings')).joined).toBe(false)
  await expectCardWithoutViolations(page, 'wrong password')
  await sync.screenshot('wrong-password-1366')

  // The team shares identifiers: that needs the processing agreement, and a confirmation naming it.
  await sync.password.fill('juist-wachtwoord')
  await sync.shareIdentifiers.check()
  await sync.joinButton.click()
  await expect(sync.card).toContainText(
    'Noem de verwerkersovereenkomst waaronder namen en telefoonnummers gedeeld mogen worden.',
  )
  await expect(sync.identifiersDialog()).toBeHidden()
  await expectCardWithoutViolations(page, 'agreement missing')
  await sync.screenshot('agreement-missing-1366')
  await sync.agreement.fill('Verwerkersovereenkomst Krachtstroom 2026')
  await sync.joinButton.click()
  const confirm = sync.identifiersDialog()
  await expect(confirm).toContainText(
    'onder de verwerkersovereenkomst “Verwerkersovereenkomst Krachtstroom 2026”',
  )
  await expect(confirm.getByRole('button', { name: 'Annuleren' })).toBeFocused()
  await expectCardWithoutViolations(page, 'confirming identifiers')
  await sync.screenshot('identifiers-confirm-1366')
  await confirm.getByRole('button', { name: 'Annuleren' }).click()
  await expect(confirm).toBeHidden()
  expect((await host.call('sync.settings')).joined).toBe(false)

  // Confirmed: the header says synchronised and the card lists the run.
  await sync.joinButton.click()
  await confirm.getByRole('button', { name: 'Ja, delen onder deze overeenkomst' }).click()
  await expect(confirm).toBeHidden()
  await expect(sync.indicator).toHaveText('Gesynchroniseerd')
  await expect(sync.state).toContainText('Gesynchroniseerd')
  await expect(sync.log).toContainText('Samenwerken gestart.')
  await expect(sync.log).toContainText(/Bijgewerkt: \d+ wijziging(en)? verstuurd, 0 wijzigingen ontvangen\./)
  expect(await host.call('sync.settings')).toMatchObject({
    joined: true,
    shareIdentifiers: true,
    agreement: 'Verwerkersovereenkomst Krachtstroom 2026',
  })
  expect((await server.allDocs('oldebroek-voor-mekaar')).some((row) => row.id.startsWith('ideas:'))).toBe(
    true,
  )
  await expect(page.getByText('Gedeeld met je team, ook namen en telefoonnummers')).toBeVisible()
  // The choice is the team's: the card and the run log say under which agreement, by whom and when.
  await expect(page.getByTestId('sync-team-choice')).toContainText(
    'Bewonersgegevens worden gedeeld volgens Verwerkersovereenkomst Krachtstroom 2026, aangezet door anna op ',
  )
  await expect(sync.log).toContainText(
    'Bewonersgegevens worden gedeeld volgens Verwerkersovereenkomst Krachtstroom 2026',
  )
  await expectCardWithoutViolations(page, 'synchronised')
  await sync.scrollToCard()
  await sync.screenshot('joined-1366')

  // Once shared, the settings are folded away; saving a change asks for the password again.
  await expect(sync.joinButton).toBeHidden()
  await sync.openSettings()
  await sync.joinButton.click()
  await expect(sync.card).toContainText('Vul je wachtwoord opnieuw in om deze wijziging op te slaan.')

  // The browser version asks for the password each session.
  // The coach closes the browser tab and the app, and opens them again.
  await page.goto('about:blank')
  await host.restart()
  await page.goto(host.url)
  await expect(sync.indicator).toHaveText('Wachtwoord nodig')
  // The indicator leads to the card, with the cursor in the password field.
  await sync.indicator.click()
  await expect(sync.passwordAgain).toBeFocused()
  await expect(sync.passwordAgain).toBeInViewport()
  await expect(sync.summary).toContainText(`via ${server.url}, database oldebroek-voor-mekaar, als anna`)
  await expect(sync.card).toContainText('Wachtwoord nodig')
  await expectCardWithoutViolations(page, 'password needed')
  await sync.screenshot('password-needed-1366')
  await sync.enterPasswordAgain('juist-wachtwoord')
  await expect(sync.indicator).toHaveText('Gesynchroniseerd')
  await expect(sync.passwordAgain).toBeHidden()

  // The administrator changes the password: the header says the login is refused; the new one resumes.
  server.addUser('anna', 'nieuw-wachtwoord')
  const programmeId = (await host.call('programme.list'))[0]?.id ?? ''
  await host.call('street.create', { programmeId, name: 'Merelstraat' })
  await expect(sync.indicator).toHaveText('Inloggen geweigerd')
  await expect(sync.state).toContainText('De server weigert de gebruikersnaam of het wachtwoord.')
  await expect(sync.passwordAgain).toBeVisible()
  await expectCardWithoutViolations(page, 'login refused')
  await sync.screenshot('login-refused-1366')
  await sync.enterPasswordAgain('nieuw-wachtwoord')
  await expect(sync.indicator).toHaveText('Gesynchroniseerd')

  // The wide screen.
  await page.setViewportSize({ width: 1920, height: 1080 })
  await sync.scrollToCard()
  await sync.screenshot('joined-1920')

  // Leaving keeps every entity on this laptop.
  await page.setViewportSize({ width: 1366, height: 768 })
  await sync.leave()
  await expect(
    page.getByText('Je werkt nu weer alleen op deze laptop. Je gegevens zijn bewaard.'),
  ).toBeVisible()
  await expect(sync.indicator).toBeHidden()
  await expect(sync.leaveButton).toBeHidden()
  await expect(sync.joinButton).toHaveText('Samenwerken starten')
  expect((await host.call('sync.settings')).joined).toBe(false)
  await expectCardWithoutViolations(page, 'after leaving')
  await sync.scrollToCard()
  await sync.screenshot('left-1366')
  // For the screenshot: a long address in its field.
  const longAddress =
    'https://couchdb-samenwerken.gemeente-oldebroek.nl/krachtstroom/programmas/oldebroek-voor-mekaar-2026'
  await sync.card.getByRole('textbox', { name: 'Serveradres' }).fill(longAddress)
  await sync.scrollToCard()
  await sync.screenshot('long-address-1366')
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Dashboard' }).click()
  await expect(dashboard.kpi('ideas')).toHaveText('30')
  await expect(dashboard.kpi('streets')).toHaveText(
    String((await host.call('stats.programme', { programmeId })).streets),
  )
})

test('a colleague who takes the programme from the server is taken to it, and another programme says it stays on this computer', async ({
  openApp,
  page,
}) => {
  test.slow()
  await page.setViewportSize({ width: 1366, height: 768 })
  // Carla shares "Wezep Samen" from her laptop (through the API of a second app on this machine).
  await server.createDatabase('wezep-samen')
  server.addUser('carla', 'carla-wachtwoord')
  server.addUser('bram', 'bram-wachtwoord')
  const carla = await startTestRuntime()
  try {
    const { id: programmeId } = await carla.call('programme.create', {
      name: 'Wezep Samen',
      gemeente: 'Oldebroek',
      period: { start: '2026-01-01' },
    })
    await carla.call('sync.join', {
      serverUrl: server.url,
      database: 'wezep-samen',
      username: 'carla',
      password: 'carla-wachtwoord',
      programmeId,
    })
    await expect
      .poll(async () => (await carla.call('sync.status')).state, { timeout: 120_000 })
      .toBe('synchronised')

    // Bram has the demo open and joins with the programme the team already shares.
    await openApp()
    await new FirstRunPage(page).loadDemo()
    const shell = new AppShell(page)
    const sync = new TeamSyncPage(page)
    await sync.open()
    await sync.fillLogin({
      serverUrl: server.url,
      database: 'wezep-samen',
      username: 'bram',
      password: 'bram-wachtwoord',
    })
    await page.getByTestId('sync-programme').click()
    await page.getByRole('option', { name: 'Het programma dat het team al deelt (van de server)' }).click()
    await sync.joinButton.click()
    // The app opens the shared programme once it has arrived, and the summary names it.
    await expect(shell.programmeSwitcher).toHaveValue('Wezep Samen', { timeout: 120_000 })
    await expect(sync.summary).toContainText('“Wezep Samen” wordt gedeeld via')
    await expect(page.getByText('Gedeeld met je team; namen en telefoonnummers blijven hier.')).toBeVisible()
    // The demo is not shared: the sidebar says so when it is open.
    await shell.switchProgramme('Oldebroek Voor Mekaar — Krachtstroom (demo)')
    await expect(page.getByText('Alle gegevens blijven op deze computer.')).toBeVisible()
  } finally {
    await carla.dispose()
  }
})
