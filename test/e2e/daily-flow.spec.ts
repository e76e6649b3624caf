import { createProgramme } from './pages/streets-test-data'
import { expect, test } from './fixtures/test'
import { type WebHost } from './fixtures/web-host'
import { DailyFlow } from './pages/daily-flow'
import { DoorModePage } from './pages/streets-door-mode'
import { IdeaDetailPage } from './pages/ideas-idea-page'
import { ProgrammeForm } from './pages/programme-form'
import { FirstRunPage } from './pages/first-run-page'

// The gemeente laptop.
test.use({ viewport: { width: 1366, height: 768 } })

/** Kerkstraat 1–6 in a programme without partners; number 3 was not at home last time. */
async function street(host: WebHost): Promise<{ programmeId: string; streetId: string }> {
  const programmeId = await createProgramme(host)
  const { id: streetId } = await host.call('street.create', {
    programmeId,
    name: 'Kerkstraat',
    place: 'Wezep',
  })
  await host.call('address.addRange', { streetId, from: 1, to: 6, parity: 'all' })
  const addresses = await host.call('address.list', { streetId, order: 'natuurlijk' })
  const three = addresses.find((item) => item.label === '3')
  const four = addresses.find((item) => item.label === '4')
  if (!three || !four) throw new Error('Kerkstraat 3 of 4 ontbreekt')
  await host.call('contact.record', {
    addressId: three.address.id,
    outcome: 'niet-thuis',
    date: '2026-01-15',
  })
  await host.call('contact.record', { addressId: four.address.id, outcome: 'gesprek', date: '2026-01-15' })
  return { programmeId, streetId }
}

test('from a door conversation to an idea brought to a newly added partner with its answer recorded', async ({
  host,
  openApp,
  page,
}) => {
  test.slow()
  await host.start()
  const { programmeId, streetId } = await street(host)
  expect(await host.call('partner.list', { programmeId })).toEqual([])
  const shell = await openApp()
  const flow = new DailyFlow(page)
  const title = 'Jeu-de-boulesbaan op het pleintje'

  // At the door: a conversation at Kerkstraat 1, then I for the idea, with the door filled in.
  await page.goto(`${host.url}#/straten/${streetId}/ronde`)
  const door = new DoorModePage(page)
  await expect(door.card).toHaveAttribute('data-label', '1')
  await expect(door.round).toBeFocused()
  await page.keyboard.press('1')
  await expect(door.card).toHaveAttribute('data-label', '3')
  await page.keyboard.press('i')
  const ideaDialog = flow.doorIdeaDialog('Kerkstraat 1')
  await expect(ideaDialog).toBeVisible()
  await expect(ideaDialog.getByTestId('quick-add-place')).toHaveText('Wordt opgeslagen bij: Kerkstraat 1')
  await ideaDialog.getByLabel('Het idee in een paar woorden').fill(title)
  await page.keyboard.press('Enter')
  // Back in the round, at the next door, with the keys working.
  await expect(ideaDialog).toBeHidden()
  await expect(door.round).toBeFocused()
  await page.keyboard.press('2')
  await expect(door.card).toHaveAttribute('data-label', '5')

  const [saved] = await host.call('idea.list', { programmeId })
  const addresses = await host.call('address.list', { streetId, order: 'natuurlijk' })
  expect(saved?.idea).toMatchObject({
    title,
    streetId,
    addressId: addresses.find((item) => item.label === '1')?.address.id,
    status: 'opgehaald',
  })

  // The idea page: worked out, then brought to a partner added inside the dialog.
  await page.goto(`${host.url}#/ideeen/${saved?.idea.id ?? ''}`)
  const detail = new IdeaDetailPage(page)
  await expect(detail.heading).toHaveText(title)
  await page.getByRole('button', { name: 'Status wijzigen' }).click()
  const statusDialog = page.getByRole('dialog', { name: 'Status wijzigen' })
  await statusDialog.getByLabel('Nieuwe status').click()
  await page.getByRole('option', { name: 'Uitgewerkt', exact: true }).click()
  await statusDialog.getByRole('button', { name: 'Opslaan' }).click()
  await expect(statusDialog).toBeHidden()

  await detail.owners.getByRole('button', { name: 'Bij een partner inbrengen' }).click()
  const bring = flow.bringToPartnerDialog
  await expect(bring.getByText('Er zijn nog geen partners. Voeg hieronder de partner toe.')).toBeVisible()
  await flow.addPartnerInDialog('Buurtteam Wezep', 'Welzijn')
  await expect(bring.getByLabel('Naam van de partner')).toBeHidden()
  await bring.getByLabel('Wat vraag je van de partner?').fill('Kunnen jullie helpen met de aanleg?')
  await bring.getByRole('button', { name: 'Opslaan' }).click()
  await expect(bring).toBeHidden()
  await expect(detail.owners).toContainText('Buurtteam Wezep')

  // A status change can be taken back for a few seconds: take it back, then bring it in again.
  const statusNote = shell.notification(`„${title}” staat nu op ingebracht bij partner.`)
  await statusNote.getByRole('button', { name: 'Ongedaan maken' }).click()
  await expect(detail.owners).toContainText('Nog niet ingebracht bij een partner.')
  await detail.owners.getByRole('button', { name: 'Bij een partner inbrengen' }).click()
  await bring.getByLabel('Bij welke partner(s)?').click()
  await page.getByRole('option', { name: 'Buurtteam Wezep', exact: true }).click()
  await bring.getByRole('button', { name: 'Opslaan' }).click()
  await expect(bring).toBeHidden()

  // "Antwoord ontvangen": the button is whole at 1366×768, and opens a dialog for the date and words.
  const answerButton = detail.owners.getByRole('button', { name: 'Antwoord ontvangen' })
  await expect(answerButton).toBeVisible()
  expect(
    await answerButton.evaluate((button) => {
      const label = button.querySelector('.mantine-Button-label')
      return label ? label.scrollWidth <= label.clientWidth : false
    }),
  ).toBe(true)
  await answerButton.click()
  const answer = flow.answerDialog('Buurtteam Wezep')
  await expect(answer.getByRole('textbox', { name: 'Datum van het antwoord' })).not.toHaveValue('')
  await answer
    .getByLabel('Wat antwoordde de partner?')
    .fill('Ze helpen met de aanleg in april.\nEerst overleg met de gemeente.')
  await answer.getByRole('button', { name: 'Antwoord vastleggen' }).click()
  await expect(answer).toBeHidden()
  await expect(detail.owners.getByTestId('owner-answer')).toContainText('Ze helpen met de aanleg in april.')
  await expect(detail.timeline).toContainText(
    'Antwoord van Buurtteam Wezep. Ze helpen met de aanleg in april.',
  )
  await expect(shell.notification('Het antwoord van Buurtteam Wezep is vastgelegd.')).toBeVisible()

  const [partner] = await host.call('partner.list', { programmeId })
  expect(partner?.partner).toMatchObject({ name: 'Buurtteam Wezep', kind: 'welzijn' })
  const idea = await host.call('idea.get', { ideaId: saved?.idea.id ?? '' })
  expect(idea.owners).toEqual([
    expect.objectContaining({
      partnerName: 'Buurtteam Wezep',
      ask: '',
      answer: 'Ze helpen met de aanleg in april.\nEerst overleg met de gemeente.',
    }),
  ])
})

test('a second round visits only the doors to come back to, from the lowest number on each side', async ({
  host,
  openApp,
  page,
}) => {
  await host.start()
  const { streetId } = await street(host)
  await openApp()
  await page.goto(`${host.url}#/straten/${streetId}/ronde`)
  const door = new DoorModePage(page)
  await expect(door.progress).toHaveText('0 van 6 adressen vastgelegd')
  await page.getByTestId('door-scope').getByText('Nog niet bereikt').click()
  await expect(door.progress).toHaveText('0 van 5 adressen vastgelegd')
  await expect(door.card).toHaveAttribute('data-label', '1')
  await page.getByTestId('door-scope').getByText('Niet thuis of later terugkomen').click()
  await expect(door.progress).toHaveText('0 van 1 adressen vastgelegd')
  await expect(door.card).toHaveAttribute('data-label', '3')
})

test('a new programme offers the usual partners, ticked, and adds the ones left ticked', async ({
  host,
  openApp,
  page,
}) => {
  await host.start()
  const shell = await openApp()
  await new FirstRunPage(page).startNewProgramme()
  const form = new ProgrammeForm(page)
  await form.fill({ name: 'Wezep Samen Sterk', gemeente: 'Oldebroek', start: '1-9-2026' })
  const partners = page.getByTestId('starter-partners')
  await expect(partners.getByRole('checkbox', { checked: true })).toHaveCount(7)
  await partners.getByRole('checkbox', { name: 'Politie' }).uncheck()
  await form.submit()
  await expect(shell.heading).toHaveText('Wezep Samen Sterk')
  const [programme] = await host.call('programme.list')
  const created = await host.call('partner.list', { programmeId: programme?.id ?? '' })
  expect(created.map(({ partner }) => partner.name).sort()).toEqual([
    'CJG',
    'Dorps- of wijkgericht werken',
    'Gemeente Oldebroek',
    'Sociaal team',
    'Welzijnsorganisatie',
    'Woningcorporatie',
  ])
})
