import { DashboardPage } from './pages/dashboard-page'
import { FirstRunPage } from './pages/first-run-page'
import { ProgrammeForm } from './pages/programme-form'
import { expect, test } from './fixtures/test'

test('after restarting the host on the same data folder, everything is still there', async ({
  openApp,
  host,
  page,
}) => {
  const shell = await openApp()
  await new FirstRunPage(page).loadDemo()
  await expect(new DashboardPage(page).kpi('ideas')).toHaveText('30')

  // A programme made through the screens, and a changed goal in Instellingen.
  await page.getByRole('link', { name: 'Nieuw programma' }).click()
  const form = new ProgrammeForm(page)
  await form.fill({ name: 'Elburg Verbindt', gemeente: 'Elburg', start: '1-2-2026', goals: { ideas: 12 } })
  await form.submit()
  await expect(shell.heading).toHaveText('Elburg Verbindt')

  // Close the app (leave the page, so no request is cut off), stop the host and start it again.
  await page.goto('about:blank')
  await host.restart()
  expect(host.lastExitCode, `the host stops cleanly on SIGTERM\n${host.log()}`).toBe(0)
  await page.goto(host.url)
  await shell.waitUntilLoaded()

  await expect(shell.heading).toHaveText('Elburg Verbindt')
  await expect(new DashboardPage(page).kpiDetail('ideas')).toHaveText('doel 12 · 0%')
  await shell.switchProgramme('Oldebroek Voor Mekaar — Krachtstroom (demo)')
  const dashboard = new DashboardPage(page)
  await expect(dashboard.kpi('streets')).toHaveText('4')
  await expect(dashboard.kpi('addresses')).toHaveText('150')
  await expect(dashboard.kpi('ideas')).toHaveText('30')
})
