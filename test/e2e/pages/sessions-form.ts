import { type Locator, type Page } from '@playwright/test'

/** The form that plans or changes a session. */
export class SessionsForm {
  readonly page: Page
  readonly type: Locator
  readonly title: Locator
  readonly date: Locator
  readonly startTime: Locator
  readonly endTime: Locator
  readonly location: Locator
  readonly warnings: Locator

  constructor(page: Page) {
    this.page = page
    this.type = page.getByRole('combobox', { name: 'Soort sessie' })
    this.title = page.getByRole('textbox', { name: 'Titel' })
    this.date = page.getByLabel('Datum')
    this.startTime = page.getByLabel('Begintijd')
    this.endTime = page.getByLabel('Eindtijd')
    this.location = page.getByRole('textbox', { name: 'Locatie' })
    this.warnings = page.getByTestId('session-warnings')
  }

  async chooseType(label: string): Promise<void> {
    await this.type.click()
    await this.page.getByRole('option', { name: label, exact: true }).click()
  }

  /** Picks one option in a multi-select ("Straten", "Teamleden", "Uitgenodigde partners"). */
  async pick(field: string, option: string): Promise<void> {
    await this.page.getByRole('combobox', { name: field, exact: true }).click()
    await this.page.getByRole('option', { name: option }).click()
    await this.page.keyboard.press('Escape')
  }

  async submit(label = 'Sessie plannen'): Promise<void> {
    await this.page.getByRole('button', { name: label }).click()
  }
}
