import { IdeaDetailPage } from './pages/ideas-idea-page'
import { IdeasPage } from './pages/ideas-page'
import { demoWithIdea } from './pages/ideas-setup'
import { PartnersPage } from './pages/partners-page'
import { expect, test } from './fixtures/test'

test('an idea brought to a partner shows on the Partners page with its waiting time; feedback clears "terugkoppeling nodig"', async ({
  openApp,
  host,
  page,
}) => {
  const title = 'Speeltoestel voor peuters'
  const { programmeId } = await demoWithIdea(host, title, 'uitgewerkt')
  const partnerName = (await host.call('partner.list', { programmeId }))[0]!.partner.name
  const shell = await openApp()
  await shell.goTo('Ideeën')
  const ideas = new IdeasPage(page)
  await expect(ideas.column('uitgewerkt').getByText(title)).toBeVisible()

  // Dropping on "ingebracht" asks for the partner and the ask.
  await ideas.moveWithKeyboard(title, [['ArrowRight', 'ingebracht']])
  const dialog = page.getByRole('dialog', { name: 'Naar ingebracht bij partner' })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Opslaan' }).click()
  await expect(dialog.getByText('Kies minstens één partner.')).toBeVisible()
  await dialog.getByLabel('Bij welke partner(s)?').click()
  await page.getByRole('option', { name: partnerName, exact: true }).click()
  await dialog.getByLabel('Wat vraag je van de partner?').fill('Meedenken over een veilige plek')
  await dialog.getByRole('button', { name: 'Opslaan' }).click()
  await expect(dialog).toBeHidden()
  await expect(ideas.column('ingebracht').getByText(title)).toBeVisible()

  await shell.goTo('Partners')
  const partners = new PartnersPage(page)
  const row = partners.ideaRow(partnerName, title)
  await expect(row).toBeVisible()
  await expect(row).toContainText('Meedenken over een veilige plek')
  await expect(row.getByTestId('waiting-days')).toHaveText('sinds vandaag')

  // The status changed, so the residents need to hear about it.
  await row.getByRole('link', { name: title }).click()
  const detail = new IdeaDetailPage(page)
  await expect(detail.heading).toHaveText(title)
  await expect(detail.owners).toContainText(partnerName)
  await expect(detail.feedbackDueBanner).toBeVisible()
  await detail.recordFeedback('Aan de deur verteld dat de gemeente meedenkt.')
  await expect(shell.notification('De terugkoppeling is vastgelegd.')).toBeVisible()
  await expect(detail.feedbackDueBanner).toBeHidden()

  await shell.goTo('Ideeën')
  await ideas.showView(/Terugkoppeling nodig/)
  await expect(page.getByTestId('feedback-due-item').first()).toBeVisible()
  await expect(page.getByTestId('feedback-due-item').filter({ hasText: title })).toHaveCount(0)
})

test('"niet haalbaar" asks for the reason, recorded in the timeline', async ({ openApp, host, page }) => {
  const title = 'Hondenuitlaatveld aan de dijk'
  await demoWithIdea(host, title)
  const shell = await openApp()
  await shell.goTo('Ideeën')
  await new IdeasPage(page).card(title).getByRole('link', { name: title }).click()
  const detail = new IdeaDetailPage(page)
  await page.getByRole('button', { name: 'Status wijzigen' }).click()
  const dialog = page.getByRole('dialog', { name: 'Status wijzigen' })
  await dialog.getByLabel('Nieuwe status').click()
  // Only the allowed targets are offered.
  await expect(page.getByRole('option')).toHaveText(['Uitgewerkt', 'Geparkeerd', 'Niet haalbaar'])
  await page.getByRole('option', { name: 'Niet haalbaar' }).click()
  await dialog.getByRole('button', { name: 'Opslaan' }).click()
  await expect(dialog.getByText('Geef aan waarom het idee niet haalbaar is.')).toBeVisible()
  await dialog.getByLabel('Waarom is het niet haalbaar?').fill('De grond is van het waterschap.')
  await dialog.getByRole('button', { name: 'Opslaan' }).click()
  await expect(shell.notification(`„${title}” staat nu op niet haalbaar.`)).toBeVisible()
  await expect(detail.timeline).toContainText('Reden: De grond is van het waterschap.')
})

test('a status change keeps the day the coach gives; a realised idea keeps what changed for residents', async ({
  openApp,
  host,
  page,
}) => {
  const title = 'Bloembakken langs de stoep'
  const { programmeId, ideaId } = await demoWithIdea(host, title, 'uitgewerkt')
  const partnerId = (await host.call('partner.list', { programmeId }))[0]!.partner.id
  await host.call('idea.setStatus', { ideaId, status: 'ingebracht', partnerIds: [partnerId] })
  await host.call('idea.setStatus', { ideaId, status: 'in-uitvoering' })
  const shell = await openApp()
  await shell.goTo('Ideeën')
  await new IdeasPage(page).card(title).getByRole('link', { name: title }).click()
  const detail = new IdeaDetailPage(page)

  // Realised a few days ago, typed in today.
  const day = new Date()
  day.setDate(day.getDate() - 3)
  const typed = `${day.getDate()}-${day.getMonth() + 1}-${day.getFullYear()}`
  const shown = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }).format(
    day,
  )
  await page.getByRole('button', { name: 'Status wijzigen' }).click()
  const dialog = page.getByRole('dialog', { name: 'Status wijzigen' })
  await dialog.getByLabel('Nieuwe status').click()
  await page.getByRole('option', { name: 'Gerealiseerd' }).click()
  await dialog
    .getByLabel('Wat is er veranderd voor bewoners?')
    .fill('Er staan bloembakken; buren geven ze samen water.')
  const date = dialog.getByLabel('Datum')
  await date.fill(typed)
  await dialog.getByRole('button', { name: 'Opslaan' }).click()
  await expect(dialog).toBeHidden()

  const newest = detail.timeline.getByRole('listitem').first()
  await expect(newest).toContainText('Gerealiseerd')
  await expect(newest).toContainText(shown)
  await expect(newest).toContainText('vastgelegd op')
  await expect(page.getByTestId('idea-what-changed')).toContainText('Er staan bloembakken')
  const stored = await host.call('idea.get', { ideaId })
  expect(stored.idea.history.at(-1)?.date).toBe(
    `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`,
  )
})
