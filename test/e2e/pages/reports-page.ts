import { type Locator, type Page, expect } from '@playwright/test'

/** The Rapporten page: choices, preview, "Rapport maken" and the history. */
export class ReportsPage {
  readonly page: Page
  readonly kind: Locator
  readonly preview: Locator
  readonly historyRows: Locator
  readonly generateButton: Locator

  constructor(page: Page) {
    this.page = page
    this.kind = page.getByRole('combobox', { name: 'Soort rapport' })
    this.preview = page.getByTestId('report-preview')
    this.historyRows = page.getByTestId('report-history-row')
    this.generateButton = page.getByRole('button', { name: 'Rapport maken' })
  }

  /** Chooses a report kind by its Dutch label ("Partnerrapportage"). */
  async chooseKind(label: string): Promise<void> {
    await this.kind.click()
    await this.page.getByRole('option', { name: label, exact: true }).click()
    await expect(this.kind).toHaveValue(label)
  }

  /** The partner select. */
  partnerField(): Locator {
    return this.page.getByRole('combobox', { name: 'Partner' })
  }
}
