import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { type Page } from '@playwright/test'
import { screenshotDir } from './fixtures/paths'
import { SessionsCalendar } from './pages/sessions-calendar'
import { expect, test } from './fixtures/test'
import { hideNotifications } from './fixtures/hide-notifications'

// Screens saved for a person to look at (.tmp/screens, git-ignored); they assert nothing about pixels.
test.beforeAll(async () => {
  await mkdir(screenshotDir, { recursive: true })
})

async function shoot(page: Page, name: string): Promise<void> {
  await hideNotifications(page)
  await page.screenshot({ path: join(screenshotDir, `sessions-${name}.png`), fullPage: true })
}

test('screenshots: calendar views, form, session page with verslag, print view', async ({
  openApp,
  host,
  page,
}) => {
  test.slow()
  await host.start()
  await host.call('demo.load', { scale: 1 })
  const programmeId = (await host.call('programme.list'))[0]?.id ?? ''
  const items = await host.call('session.list', { programmeId })
  // The month with the most sessions, and a held session with a verslag.
  const perMonth = new Map<string, number>()
  for (const item of items)
    perMonth.set(item.session.date.slice(0, 7), (perMonth.get(item.session.date.slice(0, 7)) ?? 0) + 1)
  const busiest = [...perMonth].sort((a, b) => b[1] - a[1])[0]?.[0] ?? ''
  const held =
    items.find(
      (item) =>
        item.session.type === 'deur-aan-deur' &&
        item.session.status === 'gehouden' &&
        item.session.report?.completedAt,
    ) ?? items[0]
  const inBusiest = items.find((item) => item.session.date.startsWith(busiest))
  if (!held || !inBusiest) throw new Error('no demo sessions')

  await openApp()
  const calendar = new SessionsCalendar(page)
  await calendar.open('maand', `${busiest}-15`)
  await expect(calendar.monthView.getByTestId('calendar-session').first()).toBeVisible()
  await shoot(page, 'month')
  await calendar.open('week', inBusiest.session.date)
  await expect(calendar.weekView.getByTestId('calendar-session').first()).toBeVisible()
  await shoot(page, 'week')
  await calendar.open('lijst', inBusiest.session.date)
  await expect(calendar.listView).toBeVisible()
  await shoot(page, 'list')

  await page.evaluate(
    `window.location.hash = '#/sessies/nieuw?datum=${held.session.date}&tijd=${held.session.startTime}'`,
  )
  await page.getByRole('combobox', { name: 'Teamleden', exact: true }).click()
  await page.getByRole('option').first().click()
  await page.keyboard.press('Escape')
  await shoot(page, 'form')

  await page.evaluate(`window.location.hash = '#/sessies/${held.session.id}'`)
  await expect(page.getByTestId('session-report')).toBeVisible()
  // A round's conversations at the door: the session page and its print show the count the reports use
  // (the doors recorded), not a different number typed into the verslag.
  const typed = (held.session.report?.attendees ?? 0) + 7
  await host.call('session.saveReport', {
    sessionId: held.session.id,
    attendees: typed,
    attendingPartnerIds: held.session.report?.attendingPartnerIds ?? [],
    notes: held.session.report?.notes ?? '',
  })
  await page.reload()
  const { turnout } = await host.call('session.get', { sessionId: held.session.id })
  expect(turnout).not.toBe(typed)
  await expect(page.getByTestId('session-turnout')).toHaveText(`Gesprekken aan de deur: ${turnout}`)
  await shoot(page, 'session')
  await page.evaluate(`window.location.hash = '#/sessies/${held.session.id}/verslag-afdrukken'`)
  await expect(page.getByTestId('print-sheet')).toBeVisible()
  await expect(page.getByTestId('print-turnout')).toHaveText(String(turnout))
  await shoot(page, 'print')
  await page.emulateMedia({ media: 'print' })
  await page.screenshot({ path: join(screenshotDir, 'sessions-print-media.png'), fullPage: true })
})
