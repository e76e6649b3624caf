import { type Locator, type Page } from '@playwright/test'

/** Straten: the streets table with coverage, search and the add/import buttons. */
export class StreetsOverviewPage {
  readonly page: Page
  readonly heading: Locator
  readonly table: Locator
  readonly importButton: Locator
  readonly addStreetButton: Locator

  constructor(page: Page) {
    this.page = page
    this.heading = page.getByRole('heading', { level: 1, name: /^(Straten|Streets)$/ })
    this.table = page.getByTestId('streets-table')
    this.importButton = page.getByRole('link', { name: /Adressen importeren|Import addresses/ }).first()
    this.addStreetButton = page.getByRole('button', { name: /Straat toevoegen|Add street/ }).first()
  }

  /** The row of one street. */
  row(name: string): Locator {
    return this.page
      .getByTestId('street-row')
      .filter({ has: this.page.getByRole('link', { name, exact: true }) })
  }

  async openStreet(name: string): Promise<void> {
    await this.page.getByTestId('streets-table').getByRole('link', { name, exact: true }).click()
  }
}
