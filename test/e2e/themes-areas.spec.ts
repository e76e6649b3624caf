import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from './fixtures/test'
import { screenshotDir } from './fixtures/paths'
import { expectNoSeriousViolations } from './pages/ideas-axe'
import { hideNotifications } from './fixtures/hide-notifications'
import { ThemesAndAreas } from './pages/privacy-themes-areas'
import { createProgramme } from './pages/streets-test-data'

test('a coach renames, adds and archives themes; an archived theme is no longer offered for new ideas', async ({
  host,
  openApp,
  page,
}) => {
  test.slow()
  await host.start()
  const programmeId = await createProgramme(host)
  const shell = await openApp()
  await shell.goTo('Instellingen')
  const ui = new ThemesAndAreas(page)
  await expect(ui.themeRow('Veiligheid')).toBeVisible()

  // Rename inline: Enter saves.
  await ui.themeRow('Veiligheid').getByRole('button', { name: 'Naam wijzigen: Veiligheid' }).click()
  const input = ui.themesCard.getByRole('textbox', { name: 'Nieuwe naam voor Veiligheid' })
  await expect(input).toBeFocused()
  await input.fill('Veilig wonen')
  await input.press('Enter')
  await expect(shell.notification('Het thema heet nu Veilig wonen.')).toBeVisible()
  await expect(ui.themeRow('Veilig wonen')).toBeVisible()

  // Add: the code is made from the label; a duplicate label is refused in place.
  const newTheme = ui.themesCard.getByRole('textbox', { name: 'Nieuw thema' })
  await newTheme.fill('Groen & Duurzaamheid')
  await newTheme.press('Enter')
  await expect(shell.notification('Het thema Groen & Duurzaamheid is toegevoegd.')).toBeVisible()
  await newTheme.fill('veilig wonen')
  await newTheme.press('Enter')
  await expect(ui.themesCard.getByText('Er is al een thema met deze naam.')).toBeVisible()

  // Archive.
  await ui.themeRow('Armoede').getByRole('button', { name: 'Archiveren: Armoede' }).click()
  await expect(ui.themeRow('Armoede')).toContainText('Gearchiveerd')
  await expectNoSeriousViolations(page, 'settings with themes')
  await hideNotifications(page)
  await mkdir(screenshotDir, { recursive: true })
  await ui.themesCard.screenshot({ path: join(screenshotDir, 'privacy-themes.png') })

  const themes = (await host.call('programme.get', { programmeId })).themes
  expect(themes.find((theme) => theme.code === 'veiligheid')).toMatchObject({ label: 'Veilig wonen' })
  expect(themes.find((theme) => theme.code === 'groen-duurzaamheid')).toMatchObject({
    label: 'Groen & Duurzaamheid',
    archived: false,
  })
  expect(themes.find((theme) => theme.code === 'armoede')).toMatchObject({ archived: true })

  // The idea form offers the new theme, not the archived one.
  await shell.goTo('Ideeën')
  await page.getByRole('button', { name: 'Nieuw idee' }).click()
  const form = page.getByRole('dialog', { name: 'Nieuw idee' })
  await form.getByRole('combobox', { name: 'Thema’s' }).click()
  await expect(page.getByRole('option', { name: 'Groen & Duurzaamheid' })).toBeVisible()
  await expect(page.getByRole('option', { name: 'Veilig wonen' })).toBeVisible()
  await expect(page.getByRole('option', { name: 'Armoede' })).toHaveCount(0)
})

test('a coach renames an area, changes its kind, and moves it to the bin with undo; its streets stay', async ({
  host,
  openApp,
  page,
}) => {
  test.slow()
  await host.start()
  const programmeId = await createProgramme(host)
  const area = await host.call('area.create', { programmeId, name: 'Wezep', kind: 'kern' })
  await host.call('area.create', { programmeId, name: 'Hattemerbroek', kind: 'kern' })
  await host.call('street.create', { programmeId, name: 'Eperweg', areaId: area.id })
  const shell = await openApp()
  await shell.goTo('Straten')
  await page.getByRole('button', { name: 'Kernen en wijken' }).click()
  const ui = new ThemesAndAreas(page)
  await expect(ui.areaRow('Wezep')).toBeVisible()

  await ui.areaRow('Wezep').getByRole('button', { name: 'Naam van Wezep wijzigen' }).click()
  const input = ui.areasDialog.getByRole('textbox', { name: 'Nieuwe naam voor Wezep' })
  await input.fill('Wezep-Noord')
  await input.press('Enter')
  await expect(shell.notification('De naam is nu Wezep-Noord.')).toBeVisible()
  await ui
    .areaRow('Wezep-Noord')
    .getByRole('combobox', { name: 'Soort van Wezep-Noord' })
    .selectOption('wijk')
  await expect(shell.notification('Wezep-Noord is nu een wijk.')).toBeVisible()
  await expectNoSeriousViolations(page, 'areas dialog')
  await hideNotifications(page)
  await mkdir(screenshotDir, { recursive: true })
  await ui.areasDialog.screenshot({ path: join(screenshotDir, 'privacy-areas.png') })
  expect((await host.call('area.list', { programmeId })).find((a) => a.id === area.id)).toMatchObject({
    name: 'Wezep-Noord',
    kind: 'wijk',
  })

  await ui.areaRow('Wezep-Noord').getByRole('button', { name: 'Wezep-Noord naar de prullenbak' }).click()
  await expect(shell.notification('Wezep-Noord staat in de prullenbak.')).toBeVisible()
  await expect(ui.areaRow('Wezep-Noord')).toHaveCount(0)
  const street = (await host.call('street.list', { programmeId }))[0]
  expect(street?.street.name).toBe('Eperweg')
  expect(street?.areaName).toBeUndefined()

  await shell
    .notification('Wezep-Noord staat in de prullenbak.')
    .getByRole('button', { name: 'Ongedaan maken' })
    .click()
  await expect(shell.notification('Wezep-Noord is teruggezet.')).toBeVisible()
  await expect(ui.areaRow('Wezep-Noord')).toBeVisible()
  expect((await host.call('street.list', { programmeId }))[0]?.areaName).toBe('Wezep-Noord')
})
