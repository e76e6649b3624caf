import { IdeasPage } from './pages/ideas-page'
import { expect, test } from './fixtures/test'

// Ten times the reference programme: 300 ideas, so board columns and partners hold more than a page.
test.beforeEach(async ({ host }) => {
  await host.start()
  await host.call('demo.load', { scale: 10 })
})

test('a long board column shows its first 50 cards and more on request; the count is the whole column', async ({
  openApp,
  page,
}) => {
  const shell = await openApp()
  await shell.goTo('Ideeën')
  const ideas = new IdeasPage(page)
  const column = ideas.column('opgehaald')
  const total = Number(await column.getByTestId('column-count').textContent())
  expect(total).toBeGreaterThan(50)
  await expect(column.getByTestId('board-card')).toHaveCount(50)
  await expect(column.getByText(`50 van ${total} getoond`)).toBeVisible()
  await column.getByTestId('board-show-more').click()
  await expect(column.getByTestId('board-card')).toHaveCount(Math.min(total, 100))
  if (total <= 100) await expect(column.getByTestId('board-show-more')).toHaveCount(0)
})

test('a partner with many ideas shows the ten longest waiting first, and the rest on request', async ({
  openApp,
  page,
}) => {
  const shell = await openApp()
  await shell.goTo('Partners')
  const withMore = page
    .getByTestId('partner-card')
    .filter({ has: page.getByTestId('partner-ideas-show-more') })
    .first()
  // Pinned by its name: once everything shows, the card no longer has the button.
  const name = (await withMore.getByRole('heading').first().textContent()) ?? ''
  const card = page.getByTestId('partner-card').filter({ has: page.getByRole('heading', { name }) })
  await expect(card.getByTestId('partner-idea-row')).toHaveCount(10)
  const waits = (await card.getByTestId('waiting-days').allTextContents()).map((text) =>
    /dagen/.test(text) ? Number(/\d+/.exec(text)?.[0]) : -1,
  )
  // Longest waiting first; answered ideas (no days) come last.
  expect(waits).toEqual([...waits].sort((a, b) => b - a))
  await card.getByTestId('partner-ideas-show-more').click()
  await expect.poll(() => card.getByTestId('partner-idea-row').count()).toBeGreaterThan(10)
})

test('the presentation of a large programme starts with six idea slides and offers the ideas a page at a time', async ({
  host,
  page,
}) => {
  await page.goto(`${host.url}#/presenteren`)
  const count = page.getByTestId('slide-count')
  const slides = Number(/\d+/.exec((await count.textContent()) ?? '')?.[0])
  // Title, figures, streets, themes, progress, residents carrying it, partners, next steps, invitation:
  // at most 9, plus 6 ideas.
  expect(slides).toBeLessThanOrEqual(9 + 6)
  const choices = page.getByTestId('idea-choices')
  await expect(choices.getByRole('checkbox')).toHaveCount(20)
  await expect(choices.getByRole('checkbox', { checked: true })).toHaveCount(6)
  await choices.getByTestId('idea-choices-show-more').click()
  await expect(choices.getByRole('checkbox')).toHaveCount(40)
  await choices.getByRole('checkbox', { checked: false }).last().check()
  await expect(count).toHaveText(`De presentatie heeft ${slides + 1} dia’s.`)
})

test('the streets search finds streets by part of their name, in any case', async ({ openApp, page }) => {
  const shell = await openApp()
  await shell.goTo('Straten')
  const search = page.getByRole('searchbox', { name: 'Zoeken' })
  const rows = page.getByRole('table').getByRole('row')
  const shown = page.getByText(/^\d+ van \d+ straten$/)
  await expect(shown).toBeVisible()
  const total = Number(/van (\d+)/.exec((await shown.textContent()) ?? '')?.[1])
  expect(total).toBeGreaterThan(10)
  await expect(rows).toHaveCount(total + 1) // with the header row
  // Part of a street's name, in capitals: every street shown holds it.
  const name = (await rows.nth(1).getByRole('link').first().textContent()) ?? ''
  const part = name.slice(1, 6)
  await search.fill(part.toUpperCase())
  await expect
    .poll(async () => Number(/^(\d+)/.exec((await shown.textContent()) ?? '')?.[1]))
    .toBeLessThan(total)
  const found = Number(/^(\d+)/.exec((await shown.textContent()) ?? '')?.[1])
  expect(found).toBeGreaterThan(0)
  await expect(rows).toHaveCount(found + 1)
  for (const text of (await rows.allTextContents()).slice(1))
    expect(text.toLowerCase()).toContain(part.toLowerCase())
  await search.fill('zzqqzz')
  await expect(shown).toHaveText(`0 van ${total} straten`)
  await search.fill('')
  await expect(rows).toHaveCount(total + 1)
})
