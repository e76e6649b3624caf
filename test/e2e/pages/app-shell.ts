import { type Locator, type Page, expect } from '@playwright/test'

/** The app as a whole: whichever screen is open, the menu, the programme switcher, notifications. */
export class AppShell {
  readonly page: Page
  readonly navigation: Locator
  readonly heading: Locator
  readonly programmeSwitcher: Locator

  constructor(page: Page) {
    this.page = page
    this.navigation = page.getByRole('navigation', { name: /Hoofdmenu|Main menu/ })
    this.heading = page.getByRole('heading', { level: 1 })
    this.programmeSwitcher = page.getByRole('combobox', { name: /Actief programma|Active programme/ })
  }

  /**
   * Waits until a screen with a title is shown (first run, dashboard, recovery or an error). The first
   * load parses the whole renderer bundle, which on a busy machine takes a while.
   */
  async waitUntilLoaded(): Promise<void> {
    await expect(this.heading.first()).toBeVisible({ timeout: 60_000 })
  }

  /** Opens a page from the menu by its label ("Instellingen", "Straten", ...). */
  async goTo(label: string | RegExp): Promise<void> {
    await this.navigation.getByRole('link', { name: label }).click()
  }

  /** A notification containing the given text. */
  notification(text: string | RegExp): Locator {
    return this.page.locator('.mantine-Notification-root').filter({ hasText: text })
  }

  /** Chooses another programme in the header's switcher. */
  async switchProgramme(name: string): Promise<void> {
    await this.programmeSwitcher.click()
    await this.page.getByRole('option', { name }).click()
  }
}
