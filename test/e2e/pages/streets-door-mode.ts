import { type Locator, type Page } from '@playwright/test'

/** Door mode: one card per address, keys 1–6 per outcome. */
export class DoorModePage {
  readonly page: Page
  readonly card: Locator
  readonly address: Locator
  readonly progress: Locator
  readonly done: Locator
  readonly round: Locator

  constructor(page: Page) {
    this.page = page
    this.card = page.getByTestId('door-card')
    this.address = page.getByTestId('door-address')
    this.progress = page.getByTestId('door-progress')
    this.done = page.getByTestId('door-done')
    this.round = page.getByTestId('door-round')
  }

  /** The house number on the card ("11"). */
  async currentLabel(): Promise<string | null> {
    return this.card.getAttribute('data-label')
  }
}
