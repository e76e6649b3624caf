import { type Locator, type Page, expect } from '@playwright/test'

/** Instellingen: programme, language, report details, backups and the data folder. */
export class SettingsPage {
  readonly page: Page
  readonly languageSwitch: Locator
  readonly makeBackupButton: Locator
  readonly backupRows: Locator
  readonly dataDir: Locator

  constructor(page: Page) {
    this.page = page
    this.languageSwitch = page.getByTestId('language-switch')
    this.makeBackupButton = page.getByRole('button', { name: /Nu een back-up maken|Make a backup now/ })
    this.backupRows = page.getByTestId('backup-row')
    this.dataDir = page.getByTestId('data-dir')
  }

  async chooseLanguage(label: 'Nederlands' | 'English'): Promise<void> {
    await this.languageSwitch.getByText(label, { exact: true }).click()
  }

  /** Backups the coach made with "Nu een back-up maken". */
  manualBackupRows(): Locator {
    return this.backupRows.filter({ hasText: 'Zelf gemaakt' })
  }

  /** Makes a backup and waits until it is listed. */
  async makeBackup(): Promise<void> {
    await expect(
      this.page.getByTestId('backup-table').or(this.page.getByText('Er zijn nog geen back-ups.')),
    ).toBeVisible()
    const before = await this.manualBackupRows().count()
    await this.makeBackupButton.click()
    await expect(this.page.getByText('De back-up is gemaakt.')).toBeVisible()
    await expect(this.manualBackupRows()).toHaveCount(before + 1)
  }
}
