import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { screenshotDir } from './fixtures/paths'
import { clearNotifications, expectNoSeriousViolations } from './pages/ideas-axe'
import { IdeaDetailPage } from './pages/ideas-idea-page'
import { IdeasPage } from './pages/ideas-page'
import { expect, test } from './fixtures/test'

// Several screens, each scanned and photographed: more than the default time.
test.slow()

test.beforeAll(async () => {
  await mkdir(screenshotDir, { recursive: true })
})

test('board, table, feedback list and idea page pass axe (screenshots saved)', async ({
  openApp,
  host,
  page,
}) => {
  await host.start()
  const { programmeId } = await host.call('demo.load', { scale: 1 })
  const withOwner = (await host.call('idea.list', { programmeId, statuses: ['ingebracht'] }))[0]!
  const shell = await openApp()
  await shell.goTo('Ideeën')
  const ideas = new IdeasPage(page)
  await expect(ideas.board).toBeVisible()
  await clearNotifications(page)
  await expectNoSeriousViolations(page, 'status board')
  await page.screenshot({ path: join(screenshotDir, 'ideas-board.png'), fullPage: true })

  await ideas.showView('Tabel')
  await expect(page.getByTestId('idea-row').first()).toBeVisible()
  await expectNoSeriousViolations(page, 'idea table')
  await page.screenshot({ path: join(screenshotDir, 'ideas-table.png'), fullPage: true })

  await ideas.showView(/Terugkoppeling nodig/)
  await expect(page.getByText('Bij deze ideeën is de status veranderd', { exact: false })).toBeVisible()
  await expectNoSeriousViolations(page, 'feedback list')
  await page.screenshot({ path: join(screenshotDir, 'ideas-feedback.png'), fullPage: true })

  await ideas.showView('Tabel')
  await page.getByRole('link', { name: withOwner.idea.title }).click()
  const detail = new IdeaDetailPage(page)
  await expect(detail.heading).toHaveText(withOwner.idea.title)
  await expect(detail.owners).toContainText(withOwner.owners[0]!.partnerName)
  await expectNoSeriousViolations(page, 'idea page')
  await page.screenshot({ path: join(screenshotDir, 'ideas-idea-page.png'), fullPage: true })

  await page.getByRole('button', { name: 'Bewerken' }).click()
  const form = page.getByRole('dialog', { name: 'Idee bewerken' })
  await expect(form).toBeVisible()
  await expectNoSeriousViolations(page, 'idea form')
  await page.screenshot({ path: join(screenshotDir, 'ideas-form.png'), fullPage: false })
})
