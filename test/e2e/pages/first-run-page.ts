import { type Locator, type Page, expect } from '@playwright/test'

/** The welcome screen shown while there is no programme. */
export class FirstRunPage {
  readonly page: Page
  readonly heading: Locator
  readonly newProgrammeButton: Locator
  readonly loadDemoButton: Locator

  constructor(page: Page) {
    this.page = page
    this.heading = page.getByRole('heading', { level: 1, name: 'Welkom bij Krachtstroom Coach' })
    this.newProgrammeButton = page.getByRole('button', { name: 'Nieuw programma' })
    this.loadDemoButton = page.getByRole('button', { name: 'Demo laden' })
  }

  async expectVisible(): Promise<void> {
    await expect(this.heading).toBeVisible()
  }

  /** Loads the demo; the progress dialog shows until the dashboard replaces this screen. */
  async loadDemo(): Promise<void> {
    await this.loadDemoButton.click()
  }

  async startNewProgramme(): Promise<void> {
    await this.newProgrammeButton.click()
  }
}
