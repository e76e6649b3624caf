import { type Page } from '@playwright/test'
import { layoutReport, saveScreen } from './fixtures/layout-checks'
import { hideNotifications } from './fixtures/hide-notifications'
import { expect, test } from './fixtures/test'
import { FirstRunPage } from './pages/first-run-page'
import { IdeasPage } from './pages/ideas-page'
import { SessionsForm } from './pages/sessions-form'

// A typical gemeente laptop. Each screen is checked for facts (nothing wider than the window, no cut
// text, no word broken mid-syllable, the main controls in view) and saved as a screenshot to look at.
test.use({ viewport: { width: 1366, height: 768 } })

async function expectCleanLayout(page: Page): Promise<void> {
  await hideNotifications(page)
  const report = await layoutReport(page)
  expect(report.pageOverflow, 'nothing wider than the window').toEqual([])
  expect(report.clipped, 'no text cut off').toEqual([])
  expect(report.brokenWords, 'no word broken mid-syllable').toEqual([])
}

async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate(`window.location.hash = ${JSON.stringify(hash)}`)
}

test('the layout checks find a word broken mid-word and cut text', async ({ openApp, page }) => {
  await openApp()
  await page.evaluate(`(() => {
    const broken = document.createElement('p')
    broken.setAttribute('data-check-words', '')
    broken.textContent = 'Boodschappenhulp'
    Object.assign(broken.style, { width: '70px', overflowWrap: 'anywhere', fontSize: '16px' })
    const cut = document.createElement('p')
    cut.textContent = 'Stichting Welzijn Samen Verder'
    Object.assign(cut.style, { width: '80px', overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis' })
    document.body.append(broken, cut)
  })()`)
  const report = await layoutReport(page)
  expect(report.brokenWords.length).toBeGreaterThan(0)
  expect(report.brokenWords.every((line) => line.includes('Boodschappenhulp'))).toBe(true)
  expect(report.clipped.some((line) => line.includes('Stichting Welzijn'))).toBe(true)
})

test('first run: all three ways to begin, restoring a backup included, fit the window', async ({
  openApp,
  page,
}, testInfo) => {
  await openApp()
  await new FirstRunPage(page).expectVisible()
  await expect(page.getByRole('button', { name: 'Back-up terugzetten' })).toBeVisible()
  await saveScreen(page, testInfo, 'first-run-1366')
  for (const name of ['Nieuw programma', 'Demo laden', 'Back-up terugzetten']) {
    const box = await page.getByRole('button', { name }).boundingBox()
    expect(box && box.y + box.height <= 768, `"${name}" in view without scrolling`).toBe(true)
  }
  await expectCleanLayout(page)
})

test('board, table, idea page and session form of the demo at 1366×768', async ({
  openApp,
  host,
  page,
}, testInfo) => {
  test.slow()
  await host.start()
  const { programmeId } = await host.call('demo.load', { scale: 1 })
  const items = await host.call('idea.list', { programmeId })
  const shell = await openApp()

  // Board: whole words or Dutch syllable breaks, short partner names with the full name on hover,
  // the next step with who and when.
  await shell.goTo('Ideeën')
  const ideas = new IdeasPage(page)
  await expect(ideas.board).toBeVisible()
  await saveScreen(page, testInfo, 'board-1366')
  await expectCleanLayout(page)
  const withLongPartner = items.find((item) =>
    item.owners.some((o) => o.partnerName.startsWith('Stichting')),
  )!
  const fullName = withLongPartner.owners.find((o) => o.partnerName.startsWith('Stichting'))!.partnerName
  const badge = ideas.card(withLongPartner.idea.title).locator(`[data-full-name="${fullName}"]`)
  await expect(badge).not.toContainText('…')
  await badge.hover()
  await expect(page.getByRole('tooltip')).toHaveText(fullName)
  const withStep = items.find(
    (item) => item.nextAction?.due !== undefined && item.idea.status !== 'samengevoegd',
  )!
  const step = ideas.card(withStep.idea.title).getByTestId('card-next-step')
  await expect(step).toContainText(withStep.nextAction!.title)
  if (withStep.nextAction?.ownerName) await expect(step).toContainText(withStep.nextAction.ownerName)

  // Board filters: a street narrows the cards, as in the table.
  const street = items.find((item) => item.streetName)!.streetName!
  const onStreet = items.filter((item) => item.streetName === street && item.idea.status !== 'samengevoegd')
  await ideas.openFilters('board')
  await page.getByRole('combobox', { name: 'Straat' }).click()
  await page.getByRole('option', { name: street }).click()
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('board-card')).toHaveCount(onStreet.length)
  await saveScreen(page, testInfo, 'board-filtered-1366')
  await page.getByRole('button', { name: 'Filters wissen' }).click()

  // Table: one scroll area (the page), filters folded, every column readable.
  await ideas.showView('Tabel')
  await expect(ideas.table).toBeVisible()
  await expect(ideas.filtersToggle()).toHaveAttribute('aria-expanded', 'false')
  await saveScreen(page, testInfo, 'table-1366')
  await expectCleanLayout(page)
  const visibleRows = await page.getByTestId('idea-row').evaluateAll(
    (rows) =>
      rows.filter((row) => {
        const box = (
          row as unknown as { getBoundingClientRect: () => { bottom: number } }
        ).getBoundingClientRect()
        return box.bottom <= 768
      }).length,
  )
  expect(visibleRows, 'rows in view at the first glance').toBeGreaterThanOrEqual(5)
  const nestedScroll = (await page.evaluate(`(() => {
    const table = document.querySelector('[data-testid="idea-table"]')
    for (let el = table; el && el !== document.body; el = el.parentElement) {
      const style = getComputedStyle(el)
      if (['auto', 'scroll'].includes(style.overflowY) && el.scrollHeight > el.clientHeight) return true
    }
    return false
  })()`)) as boolean
  expect(nestedScroll, 'the table scrolls with the page, not in a box of its own').toBe(false)
  await page.mouse.wheel(0, 1500)
  await expect(page.getByRole('columnheader', { name: /Idee/ })).toBeInViewport()
  await saveScreen(page, testInfo, 'table-scrolled-1366')

  // Idea page of an idea brought to partners.
  const brought = items.find((item) => item.idea.status === 'ingebracht' && item.owners.length > 0)!
  await go(page, `#/ideeen/${brought.idea.id}`)
  await expect(page.getByRole('heading', { level: 1, name: brought.idea.title })).toBeVisible()
  await saveScreen(page, testInfo, 'idea-1366')
  await expectCleanLayout(page)

  // Session form: the date is not cut, times follow the kind of session.
  await go(page, '#/sessies/nieuw')
  const form = new SessionsForm(page)
  await expect(form.type).toBeVisible()
  await expect(form.startTime).toHaveValue('16:00')
  await form.chooseType('Bewonersavond')
  await expect(form.startTime).toHaveValue('19:30')
  await expect(form.endTime).toHaveValue('21:30')
  await form.date.fill('28-12-2026')
  await form.date.blur()
  await saveScreen(page, testInfo, 'session-form-1366')
  await expect(form.date).toBeInViewport({ ratio: 1 })
  await expect(form.startTime).toBeInViewport({ ratio: 1 })
  await expectCleanLayout(page)
})

test('board and table at 1920×1080', async ({ openApp, host, page }, testInfo) => {
  await page.setViewportSize({ width: 1920, height: 1080 })
  await host.start()
  await host.call('demo.load', { scale: 1 })
  const shell = await openApp()
  await shell.goTo('Ideeën')
  const ideas = new IdeasPage(page)
  await expect(ideas.board).toBeVisible()
  await saveScreen(page, testInfo, 'board-1920')
  await expectCleanLayout(page)
  await ideas.showView('Tabel')
  await expect(ideas.table).toBeVisible()
  await saveScreen(page, testInfo, 'table-1920')
  await expectCleanLayout(page)
})
