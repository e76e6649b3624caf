import { IdeasPage } from './pages/ideas-page'
import { demoWithIdea } from './pages/ideas-setup'
import { expect, test } from './fixtures/test'

test('a quick idea is captured from the header with Enter and lands on the board as opgehaald', async ({
  openApp,
  host,
  page,
}) => {
  await demoWithIdea(host, 'Voorbereiding')
  const shell = await openApp()

  await page.getByRole('button', { name: 'Snel idee' }).click()
  const dialog = page.getByRole('dialog', { name: 'Snel een idee vastleggen' })
  const field = dialog.getByLabel('Het idee in een paar woorden')
  await expect(field).toBeFocused()
  await field.fill('Moestuinbakken op het pleintje')
  await field.press('Enter')
  await expect(shell.notification('Het idee „Moestuinbakken op het pleintje” is vastgelegd.')).toBeVisible()
  await expect(field).toHaveValue('')
  await expect(dialog.getByText('Net vastgelegd')).toBeVisible()

  // An empty Enter says what to do instead of saving nothing.
  await field.press('Enter')
  await expect(dialog.getByText('Typ eerst het idee.')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()

  // The shortcut opens it from any page.
  await shell.goTo('Instellingen')
  await expect(page.getByRole('textbox', { name: 'Naam van het programma' })).toBeVisible()
  await page.keyboard.press('Control+i')
  await expect(dialog).toBeVisible()
  await dialog.getByLabel('Het idee in een paar woorden').fill('Buurtbieb in de bushalte')
  await page.keyboard.press('Enter')
  await expect(shell.notification('Het idee „Buurtbieb in de bushalte” is vastgelegd.')).toBeVisible()
  await page.keyboard.press('Escape')

  await shell.goTo('Ideeën')
  const ideas = new IdeasPage(page)
  await expect(ideas.column('opgehaald').getByText('Moestuinbakken op het pleintje')).toBeVisible()
  await expect(ideas.column('opgehaald').getByText('Buurtbieb in de bushalte')).toBeVisible()
})
