import { type Locator, type Page } from '@playwright/test'

/** The themes card in Instellingen and the "Kernen en wijken" dialog on Straten. */
export class ThemesAndAreas {
  readonly page: Page
  readonly themesCard: Locator
  readonly areasDialog: Locator

  constructor(page: Page) {
    this.page = page
    this.themesCard = page.getByTestId('settings-themes')
    this.areasDialog = page.getByRole('dialog', { name: 'Kernen en wijken' })
  }

  /** The row of a theme by its label. */
  themeRow(label: string): Locator {
    return this.themesCard.getByTestId('theme-row').filter({ hasText: label })
  }

  /** The row of an area by its name. */
  areaRow(name: string): Locator {
    return this.areasDialog.getByTestId('area-row').filter({ hasText: name })
  }
}
