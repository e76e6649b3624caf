import { type Locator, type Page } from '@playwright/test'

/** The dialogs of the coach's daily flow: an idea at the door, bringing it to a partner, the answer. */
export class DailyFlow {
  readonly page: Page

  constructor(page: Page) {
    this.page = page
  }

  /** The quick idea opened with I in door mode for a door ("Kerkstraat 1"). */
  doorIdeaDialog(address: string): Locator {
    return this.page.getByRole('dialog', { name: `Idee van ${address}` })
  }

  /** The status dialog for "ingebracht bij partner". */
  get bringToPartnerDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Naar ingebracht bij partner' })
  }

  /** The answer dialog of a partner. */
  answerDialog(partner: string): Locator {
    return this.page.getByRole('dialog', { name: `Antwoord van ${partner}` })
  }

  /** Adds a partner inside the bring-to-partner dialog; it is chosen at once. */
  async addPartnerInDialog(name: string, kind: string): Promise<void> {
    const dialog = this.bringToPartnerDialog
    await dialog.getByRole('button', { name: 'Nieuwe partner toevoegen' }).click()
    await dialog.getByLabel('Naam van de partner').fill(name)
    await dialog.getByLabel('Soort partner').click()
    await this.page.getByRole('option', { name: kind, exact: true }).click()
    await dialog.getByRole('button', { name: 'Toevoegen en kiezen' }).click()
  }
}
