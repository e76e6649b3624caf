import AxeBuilder from '@axe-core/playwright'
import { readFile } from 'node:fs/promises'
import { type Page } from '@playwright/test'
import { DashboardPage } from './pages/dashboard-page'
import { SessionsCalendar } from './pages/sessions-calendar'
import { SessionsForm } from './pages/sessions-form'
import { SessionsSessionPage } from './pages/sessions-session'
import { expect, test } from './fixtures/test'
import { keyboardDragListening } from './fixtures/keyboard-drag'

/** Today in Dutch time, as `yyyy-MM-dd` (the browser runs in Europe/Amsterdam). */
function todayInAmsterdam(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date())
}

async function expectNoSeriousViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze()
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    )
  expect(serious, `axe on ${screen}`).toEqual([])
}

test('plan, reschedule, hold and report a session', async ({ openApp, host, page }) => {
  test.slow()
  await host.start()
  await host.call('demo.load', { scale: 1 })
  const programmeId = (await host.call('programme.list'))[0]?.id ?? ''
  const member = (await host.call('team.list', { programmeId }))[0]
  if (!member) throw new Error('the demo has no team')
  const shell = await openApp()
  await shell.goTo('Sessies')
  const calendar = new SessionsCalendar(page)
  await expect(calendar.heading).toBeVisible()

  // Plan on a day next to today, where a team member is already booked in the evening.
  const today = todayInAmsterdam()
  const cells = calendar.monthView.getByTestId('calendar-day')
  const dates = await cells.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-date') ?? ''))
  const index = dates.indexOf(today)
  const planDay = dates[index > 0 ? index - 1 : index + 1] ?? ''
  await host.call('session.create', {
    programmeId,
    type: 'partneroverleg',
    title: 'Overleg buurtwerkers',
    date: planDay,
    startTime: '19:00',
    endTime: '20:30',
    teamMemberIds: [member.id],
  })
  await calendar.planOn(planDay)
  const form = new SessionsForm(page)
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe sessie plannen' })).toBeVisible()
  await form.chooseType('Keukentafelgesprek')
  // A kitchen table starts in the morning; this one is in the evening, when the member is booked.
  await expect(form.startTime).toHaveValue('10:00')
  await form.startTime.fill('19:30')
  await form.endTime.fill('21:30')
  await form.pick('Straten', 'Hazelaarhof')
  await expect(form.title).toHaveValue('Keukentafelgesprek Hazelaarhof')
  await form.title.fill('Keukentafel in de Hazelaarhof')
  await form.location.fill('Dorpshuis De Schakel')
  await form.pick('Teamleden', member.name)
  await expect(form.warnings).toContainText(`${member.name} staat ook ingepland bij "Overleg buurtwerkers"`)

  // End before start: a Dutch message beside the end time, nothing saved.
  await form.endTime.fill('19:00')
  await form.submit()
  await expect(form.endTime).toHaveAccessibleDescription(/De eindtijd moet na de begintijd liggen\./)
  await expectNoSeriousViolations(page, 'session form with an error')
  await form.endTime.fill('21:30')
  // The message goes once the form has checked the new time, and the button moves up with it: click
  // only after that, or the click can land where the button was.
  await expect(form.endTime).not.toHaveAttribute('aria-invalid', 'true')
  await form.submit()
  await expect(shell.notification('De sessie „Keukentafel in de Hazelaarhof” is gepland.')).toBeVisible()
  await expect(shell.notification('Opgeslagen, maar let op')).toContainText('Overleg buurtwerkers')
  await expect(page.getByRole('heading', { level: 1, name: 'Keukentafel in de Hazelaarhof' })).toBeVisible()
  const sessionId = page.url().split('/sessies/')[1] ?? ''

  // Reschedule by dragging it to today in the month view.
  await page.getByRole('link', { name: 'Terug naar de agenda' }).click()
  await expect(calendar.session('Keukentafel in de Hazelaarhof')).toBeVisible()
  await calendar.dragToDay('Keukentafel in de Hazelaarhof', today)
  await expect(shell.notification('is verplaatst naar')).toBeVisible()
  await expect(
    calendar.day(today).getByTestId('calendar-session').filter({ hasText: 'Keukentafel in de Hazelaarhof' }),
  ).toHaveAttribute('data-status', 'verplaatst')
  const moved = await host.call('session.get', { sessionId })
  expect(moved.session.date).toBe(today)
  expect(moved.session.status).toBe('verplaatst')

  // Hold it: it now waits for its verslag on the dashboard.
  await calendar.session('Keukentafel in de Hazelaarhof').click()
  const session = new SessionsSessionPage(page)
  await expect(session.status).toHaveText('Verplaatst')
  await session.setStatus('Gehouden')
  await expect(session.status).toHaveText('Gehouden')
  await shell.goTo('Dashboard')
  const missing = page.getByTestId('missing-reports')
  await expect(missing.getByRole('link', { name: 'Keukentafel in de Hazelaarhof' })).toBeVisible()
  await missing.getByRole('link', { name: 'Keukentafel in de Hazelaarhof' }).click()

  // The verslag: an idea collected there, a follow-up step, attendees and notes.
  await session.addIdea('Een buurtkast voor boeken en gereedschap')
  await expect(
    session.ideas.getByRole('listitem').filter({ hasText: 'Een buurtkast voor boeken en gereedschap' }),
  ).toBeVisible()
  await session.addAction('Plek voor de buurtkast navragen', 'Woonstichting Broekland', '15-1-2027')
  await expect(
    session.actions.getByRole('listitem').filter({ hasText: 'Plek voor de buurtkast navragen' }),
  ).toContainText('15 januari 2027')
  await session.report.getByRole('textbox', { name: 'Aantal aanwezigen' }).fill('9')
  await session.report
    .getByRole('textbox', { name: 'Aantekeningen' })
    .fill('Goed gesprek over ontmoeten in de straat.')
  await session.report.getByRole('button', { name: 'Verslag opslaan' }).click()
  await expect(shell.notification('Het verslag is opgeslagen.')).toBeVisible()
  await expect(session.report).toContainText('Verslag afgerond op')
  const idea = (await host.call('session.get', { sessionId })).ideas[0]
  expect(idea?.sessionId).toBe(sessionId)
  expect(idea?.streetId).toBeTruthy()
  await expectNoSeriousViolations(page, 'session page with verslag')

  // The printable verslag is anonymised and lists the idea by its title.
  await page.getByRole('link', { name: 'Verslag afdrukken' }).click()
  const sheet = page.getByTestId('print-sheet')
  await expect(sheet).toContainText('Een buurtkast voor boeken en gereedschap')
  await expect(sheet).toContainText('geanonimiseerd')
  await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeVisible()

  await shell.goTo('Dashboard')
  await expect(new DashboardPage(page).kpi('ideas')).toBeVisible()
  await expect(missing).toBeVisible()
  await expect(missing.getByRole('link', { name: 'Keukentafel in de Hazelaarhof' })).toHaveCount(0)
})

test('the calendar shows the demo sessions and exports the planning as .ics', async ({
  openApp,
  host,
  page,
}) => {
  await host.start()
  await host.call('demo.load', { scale: 1 })
  const programmeId = (await host.call('programme.list'))[0]?.id ?? ''
  const all = await host.call('session.list', { programmeId })
  expect(all.length).toBeGreaterThanOrEqual(10)
  await openApp()
  const calendar = new SessionsCalendar(page)
  const today = todayInAmsterdam()
  await calendar.open('lijst', today)
  // The list starts today, the first session at the top; earlier ones fold open below, latest first.
  const upcoming = all.filter((item) => item.session.date >= today)
  const past = all.filter((item) => item.session.date < today)
  expect(upcoming.length).toBeGreaterThan(0)
  expect(past.length).toBeGreaterThan(0)
  const rows = calendar.listView.getByTestId('list-session')
  await expect(rows).toHaveCount(upcoming.length)
  const firstUpcoming = [...upcoming].sort(
    (a, b) =>
      a.session.date.localeCompare(b.session.date) || a.session.startTime.localeCompare(b.session.startTime),
  )[0]!
  await expect(rows.first()).toContainText(firstUpcoming.session.title)
  await calendar.listView.getByRole('button', { name: /Eerdere sessies? tonen/ }).click()
  await expect(rows).toHaveCount(all.length)
  const latestPast = [...past].sort(
    (a, b) =>
      b.session.date.localeCompare(a.session.date) || b.session.startTime.localeCompare(a.session.startTime),
  )[0]!
  await expect(calendar.listView.getByTestId('list-past').getByTestId('list-session').first()).toContainText(
    latestPast.session.title,
  )

  const downloadPromise = page.waitForEvent('download')
  await calendar.exportButton.click()
  const download = await downloadPromise
  expect(download.suggestedFilename()).toMatch(/\.ics$/)
  const text = await readFile(await download.path(), 'utf8')
  expect(text).toContain('BEGIN:VCALENDAR')
  expect(text).toContain('BEGIN:VEVENT')
})

test('calendar month and week views pass axe and can plan from an hour slot', async ({
  openApp,
  host,
  page,
}) => {
  await host.start()
  await host.call('demo.load', { scale: 1 })
  const programmeId = (await host.call('programme.list'))[0]?.id ?? ''
  const first = (await host.call('session.list', { programmeId })).find(
    (item) => item.session.status === 'gepland',
  )
  if (!first) throw new Error('the demo has no planned session')
  await openApp()
  const calendar = new SessionsCalendar(page)
  await calendar.open('maand', first.session.date)
  await expect(calendar.session(first.session.title).first()).toBeVisible()
  await expectNoSeriousViolations(page, 'calendar month view')

  await calendar.chooseView('Week')
  await expect(calendar.weekView).toBeVisible()
  await expect(calendar.session(first.session.title).first()).toBeVisible()
  await expectNoSeriousViolations(page, 'calendar week view')

  await page.locator(`[data-slot="${first.session.date}@10:00"]`).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe sessie plannen' })).toBeVisible()
  await expect(new SessionsForm(page).startTime).toHaveValue('10:00')
})

test('a session can be moved with the keyboard alone', async ({ openApp, host, page }) => {
  await host.start()
  await host.call('demo.load', { scale: 1 })
  const programmeId = (await host.call('programme.list'))[0]?.id ?? ''
  const { session } = await host.call('session.create', {
    programmeId,
    type: 'straatgesprek',
    title: 'Straatgesprek toetsenbord',
    date: '2027-03-10',
    startTime: '15:00',
    endTime: '16:00',
  })
  await openApp()
  const calendar = new SessionsCalendar(page)
  await calendar.open('maand', '2027-03-10')
  const chip = calendar.session('Straatgesprek toetsenbord')
  await chip.focus()
  await page.keyboard.press('Space')
  // Wait for each step to land before the next key: a busy machine can lag behind the keyboard.
  await expect(chip).toHaveAttribute('data-dragging', 'true')
  await keyboardDragListening(page)
  await page.keyboard.press('ArrowRight')
  await expect(calendar.day('2027-03-11')).toHaveAttribute('data-over', 'true')
  await page.keyboard.press('Space')
  await expect(calendar.day('2027-03-11').getByTestId('calendar-session')).toHaveAttribute(
    'data-status',
    'verplaatst',
  )
  expect((await host.call('session.get', { sessionId: session.id })).session.date).toBe('2027-03-11')
})

test('a session ahead offers moving, not a printed verslag; a held one can be printed', async ({
  openApp,
  host,
  page,
}) => {
  await host.start()
  await host.call('demo.load', { scale: 1 })
  const programmeId = (await host.call('programme.list'))[0]?.id ?? ''
  const ahead = new Date(`${todayInAmsterdam()}T12:00:00Z`)
  ahead.setUTCDate(ahead.getUTCDate() + 14)
  const future = await host.call('session.create', {
    programmeId,
    type: 'bewonersavond',
    title: 'Bewonersavond in het dorpshuis',
    date: ahead.toISOString().slice(0, 10),
    startTime: '19:30',
    endTime: '21:00',
  })
  const held = (await host.call('session.list', { programmeId })).find(
    ({ session }) => session.status === 'gehouden',
  )
  if (!held) throw new Error('the demo has no held session')
  await openApp()

  await page.evaluate(`window.location.hash = '#/sessies/${future.session.id}'`)
  await expect(page.getByRole('heading', { level: 1, name: 'Bewonersavond in het dorpshuis' })).toBeVisible()
  const statusCard = page.getByTestId('session-status-card')
  await expect(statusCard).toContainText('gehouden, geannuleerd of verplaatst')
  await expect(statusCard.getByRole('button', { name: 'Geannuleerd' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Verslag afdrukken' })).toHaveCount(0)
  await statusCard.getByRole('link', { name: 'Verplaatsen naar ander moment' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Sessie wijzigen' })).toBeVisible()

  await page.evaluate(`window.location.hash = '#/sessies/${held.session.id}'`)
  await expect(page.getByRole('heading', { level: 1, name: held.session.title })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Verslag afdrukken' })).toBeVisible()
})
