import { type Locator, type Page, expect } from '@playwright/test'

/** The presentation: setup screen, the running deck and its overview. */
export class PresentationPage {
  readonly page: Page
  readonly setupHeading: Locator
  readonly deck: Locator
  readonly slideHeading: Locator
  readonly overview: Locator
  readonly slideCount: Locator

  constructor(page: Page) {
    this.page = page
    this.setupHeading = page.getByRole('heading', {
      level: 1,
      name: /Presentatie voorbereiden|Prepare a presentation/,
    })
    this.deck = page.getByTestId('slide-deck')
    this.slideHeading = page.getByTestId('slide-stage').locator('[data-slide-heading]')
    this.overview = page.getByTestId('slide-overview')
    this.slideCount = page.getByTestId('slide-count')
  }

  /** From the dashboard: "Presenteren". */
  async openFromDashboard(): Promise<void> {
    await this.page.getByRole('link', { name: 'Presenteren' }).click()
    await expect(this.setupHeading).toBeVisible()
  }

  async start(): Promise<void> {
    await this.page.getByRole('button', { name: 'Presentatie starten' }).click()
    await expect(this.deck).toBeVisible()
  }

  /** The headings of all slides as the overview lists them (opens and closes the overview with O). */
  async headingsFromOverview(): Promise<string[]> {
    await this.page.keyboard.press('o')
    await expect(this.overview).toBeVisible()
    const headings = await this.overview.getByTestId('overview-heading').allInnerTexts()
    await this.page.keyboard.press('Escape')
    await expect(this.overview).toBeHidden()
    return headings
  }

  /** The number the setup screen says the deck has. */
  async announcedSlideCount(): Promise<number> {
    const text = await this.slideCount.innerText()
    return Number(/\d+/.exec(text)?.[0] ?? Number.NaN)
  }

  /** The setup checkbox of a kind of slide ("Thema’s", "Kerncijfers"…). */
  slideCheckbox(label: string | RegExp): Locator {
    return this.page.getByTestId('slide-choices').getByRole('checkbox', { name: label })
  }
}
