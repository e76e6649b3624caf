import { saveScreen } from './fixtures/layout-checks'
import { expect, test } from './fixtures/test'
import { SessionsCalendar } from './pages/sessions-calendar'
import { SessionsForm } from './pages/sessions-form'

test.use({ viewport: { width: 1366, height: 768 } })

test('the week view opens at its first session, evenings included; an empty week at 08:00', async ({
  openApp,
  host,
  page,
}, testInfo) => {
  await host.start()
  const { id: programmeId } = await host.call('programme.create', {
    name: 'Samen in de Straat',
    gemeente: 'Oldebroek',
    period: { start: '2026-01-01' },
  })
  await host.call('session.create', {
    programmeId,
    type: 'bewonersavond',
    title: 'Bewonersavond in het dorpshuis',
    date: '2027-03-10',
    startTime: '19:30',
    endTime: '21:30',
  })
  await openApp()
  const calendar = new SessionsCalendar(page)
  await calendar.open('week', '2027-03-10')
  await expect(calendar.weekView).toBeVisible()
  await expect(calendar.session('Bewonersavond in het dorpshuis')).toBeInViewport({ ratio: 1 })
  await saveScreen(page, testInfo, 'week-evening-1366')

  await calendar.open('week', '2027-03-17')
  const body = page.getByTestId('week-body')
  await expect(body.getByText('08:00', { exact: true })).toBeInViewport({ ratio: 1 })
  await expect(body.getByText('07:00', { exact: true })).not.toBeInViewport()
})

test('a new session starts at the usual time of its kind, then at the time the coach chose last', async ({
  openApp,
  host,
  page,
}) => {
  await host.start()
  await host.call('programme.create', {
    name: 'Samen in de Straat',
    gemeente: 'Oldebroek',
    period: { start: '2026-01-01' },
  })
  await openApp()
  await page.evaluate(`window.location.hash = '#/sessies/nieuw'`)
  const form = new SessionsForm(page)
  // A door round in the late afternoon, a bewonersavond in the evening.
  await expect(form.startTime).toHaveValue('16:00')
  await expect(form.endTime).toHaveValue('18:30')
  await form.chooseType('Bewonersavond')
  await expect(form.startTime).toHaveValue('19:30')
  await form.chooseType('Deur-aan-deur ronde')
  await expect(form.startTime).toHaveValue('16:00')

  await form.date.fill('12-03-2027')
  await form.startTime.fill('17:00')
  await form.endTime.fill('19:00')
  await form.submit()
  await expect(page.getByRole('heading', { level: 1, name: /Deur-aan-deur ronde/ })).toBeVisible()
  await expect
    .poll(async () => (await host.call('settings.get')).sessionTimes['deur-aan-deur'])
    .toEqual({ startTime: '17:00', endTime: '19:00' })

  // After a restart the choice is still there; other kinds keep their usual times.
  await host.stop()
  await openApp()
  await page.evaluate(`window.location.hash = '#/sessies/nieuw'`)
  await expect(form.startTime).toHaveValue('17:00')
  await expect(form.endTime).toHaveValue('19:00')
  await form.chooseType('Bewonersavond')
  await expect(form.startTime).toHaveValue('19:30')
})
