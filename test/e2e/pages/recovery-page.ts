import { type Locator, type Page } from '@playwright/test'

/** The screen shown when the store could not be opened. */
export class RecoveryPage {
  readonly page: Page
  readonly heading: Locator
  readonly problem: Locator
  readonly movedTo: Locator
  readonly restoreButtons: Locator
  readonly startEmptyButton: Locator
  readonly dialog: Locator
  readonly staysUntilChosen: Locator
  readonly recommended: Locator

  constructor(page: Page) {
    this.page = page
    this.heading = page.getByRole('heading', { level: 1, name: 'Je gegevens konden niet worden geopend' })
    this.problem = page.getByTestId('recovery-problem')
    this.movedTo = page.getByTestId('recovery-moved-to')
    this.restoreButtons = page.getByRole('button', { name: 'Deze back-up terugzetten' })
    this.startEmptyButton = page.getByRole('button', { name: 'Met een lege map beginnen' })
    this.dialog = page.getByRole('dialog')
    this.staysUntilChosen = page.getByTestId('recovery-stays')
    this.recommended = page.getByTestId('backup-recommended')
  }

  /** Restores the newest backup (the first row) and confirms. */
  async restoreNewestBackup(): Promise<void> {
    await this.restoreButtons.first().click()
    await this.dialog.getByRole('button', { name: 'Ja, terugzetten' }).click()
  }

  async startEmpty(): Promise<void> {
    await this.startEmptyButton.click()
    await this.dialog.getByRole('button', { name: 'Ja, leeg beginnen' }).click()
  }
}
