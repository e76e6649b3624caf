import { type Locator, type Page } from '@playwright/test'

/** One street's page: coverage figures, addresses and their outcomes. */
export class StreetDetailPage {
  readonly page: Page
  readonly addressRows: Locator
  readonly doorModeButton: Locator
  readonly walkListButton: Locator

  constructor(page: Page) {
    this.page = page
    this.addressRows = page.getByTestId('address-row')
    this.doorModeButton = page.getByRole('link', { name: /^(Deur-aan-deur|Door to door)$/ })
    this.walkListButton = page.getByRole('link', { name: /^(Looplijst|Walk list)$/ })
  }

  /** The value of one coverage figure, e.g. `coverage` ("42%") or `addresses`. */
  figure(id: 'coverage' | 'addresses' | 'attempted' | 'not-home-only' | 'do-not-contact'): Locator {
    return this.page.getByTestId(`street-figure-${id}`)
  }

  async figureNumber(id: 'addresses' | 'attempted' | 'not-home-only' | 'do-not-contact'): Promise<number> {
    return Number((await this.figure(id).innerText()).replace(/[.\s\u00a0]/g, ''))
  }

  /** The row of one house number ("12a"). */
  row(label: string): Locator {
    return this.page.locator(`[data-testid="address-row"][data-label="${label}"]`)
  }
}
