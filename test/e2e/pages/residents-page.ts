import { type Locator, type Page, expect } from '@playwright/test'

/** Bewoners aan zet: the three sections, the signal form (also in door mode) and the signal itself. */
export class ResidentsPage {
  readonly page: Page
  readonly signalRows: Locator
  readonly connectionRows: Locator
  readonly signalDetail: Locator

  constructor(page: Page) {
    this.page = page
    this.signalRows = page.getByTestId('signal-row')
    this.connectionRows = page.getByTestId('connection-row')
    this.signalDetail = page.getByTestId('signal-detail')
  }

  /** One of the tabs: "Actieve bewoners", "Verbindingen" or "Signalen". */
  async openTab(name: 'Actieve bewoners' | 'Verbindingen' | 'Signalen'): Promise<void> {
    await this.page.getByRole('tab', { name }).click()
    await expect(this.page.getByRole('tab', { name, selected: true })).toBeVisible()
  }

  /** Fills the kind and consent of the signal form; with consent, also the note. */
  async fillSignal(dialog: Locator, category: string, consent: string, note?: string): Promise<void> {
    await dialog.getByRole('radio', { name: category, exact: true }).check()
    await dialog.getByRole('radio', { name: consent, exact: true }).check()
    if (note !== undefined) await dialog.getByLabel('Notitie').fill(note)
  }

  /** Chooses an option of a Mantine Select (or MultiSelect) by its label (required or not), inside `scope`. */
  async choose(scope: Locator, label: string, option: string): Promise<void> {
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    await scope.getByLabel(new RegExp(`^${escaped}( \\*)?$`)).click()
    await this.page.getByRole('option', { name: option, exact: true }).click()
  }
}
