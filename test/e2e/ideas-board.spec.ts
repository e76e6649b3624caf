import { IdeasPage } from './pages/ideas-page'
import { demoWithIdea } from './pages/ideas-setup'
import { expect, test } from './fixtures/test'

test('the 30 demo ideas show on the board', async ({ openApp, host, page }) => {
  await host.start()
  await host.call('demo.load', { scale: 1 })
  const shell = await openApp()
  await shell.goTo('Ideeën')
  const ideas = new IdeasPage(page)
  await expect(ideas.board).toBeVisible()
  const cards = await page.getByTestId('board-card').count()
  const mergedNote = page.getByTestId('board-merged')
  const mergedCount = (await mergedNote.count()) > 0 ? Number(await mergedNote.getAttribute('data-count')) : 0
  expect(cards + mergedCount).toBe(30)
})

test('a card moves with the keyboard; an illegal move is refused with the Dutch rule', async ({
  openApp,
  host,
  page,
}) => {
  await demoWithIdea(host, 'Jeu de boules-baan bij de kerk')
  const shell = await openApp()
  await shell.goTo('Ideeën')
  const ideas = new IdeasPage(page)
  const title = 'Jeu de boules-baan bij de kerk'
  await expect(ideas.column('opgehaald').getByText(title)).toBeVisible()

  // Illegal: from opgehaald straight to "in uitvoering" (three columns to the right).
  await ideas.moveWithKeyboard(title, [
    ['ArrowRight', 'uitgewerkt'],
    ['ArrowRight', 'ingebracht'],
    ['ArrowRight', 'in-uitvoering'],
  ])
  await expect(
    shell.notification(
      'Een idee dat opgehaald is, kan niet naar "in uitvoering". Van hieruit kan het naar "uitgewerkt"',
    ),
  ).toBeVisible()
  await expect(ideas.column('opgehaald').getByText(title)).toBeVisible()

  // Allowed: one column to the right, to uitgewerkt.
  await ideas.moveWithKeyboard(title, [['ArrowRight', 'uitgewerkt']])
  await expect(shell.notification(`„${title}” staat nu op uitgewerkt.`)).toBeVisible()
  await expect(ideas.column('uitgewerkt').getByText(title)).toBeVisible()
  const idea = (
    await host.call('idea.list', { programmeId: (await host.call('programme.list'))[0]!.id, search: title })
  )[0]
  expect(idea?.idea.status).toBe('uitgewerkt')
})

test('a card moves with the mouse to geparkeerd', async ({ openApp, host, page }) => {
  await demoWithIdea(host, 'Zwerfvuilprikkers uitlenen')
  const shell = await openApp()
  await shell.goTo('Ideeën')
  const ideas = new IdeasPage(page)
  const title = 'Zwerfvuilprikkers uitlenen'
  await expect(ideas.column('opgehaald').getByText(title)).toBeVisible()
  await ideas.dragWithMouse(title, 'geparkeerd')
  await expect(shell.notification(`„${title}” staat nu op geparkeerd.`)).toBeVisible()
  await expect(ideas.column('geparkeerd').getByText(title)).toBeVisible()
})
