import { type Locator, type Page } from '@playwright/test'

/** The Partners page: partners with their ideas, follow-ups and the team. */
export class PartnersPage {
  readonly page: Page
  readonly heading: Locator

  constructor(page: Page) {
    this.page = page
    this.heading = page.getByRole('heading', { level: 1, name: 'Partners' })
  }

  /** The card of one partner. */
  partner(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true })
  }

  /** The row of an idea in a partner's card. */
  ideaRow(partnerName: string, ideaTitle: string): Locator {
    return this.partner(partnerName).getByTestId('partner-idea-row').filter({ hasText: ideaTitle })
  }
}
