import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { type Locator, type Page, expect } from '@playwright/test'
import { screenshotDir } from '../fixtures/paths'
import { hideNotifications } from '../fixtures/hide-notifications'

/** Instellingen → Privacy (AVG): erase a resident, access request, retention and the audit log. */
export class PrivacyPage {
  readonly page: Page
  readonly erase: Locator
  readonly access: Locator
  readonly retention: Locator
  readonly audit: Locator

  constructor(page: Page) {
    this.page = page
    this.erase = page.getByTestId('privacy-erase')
    this.access = page.getByTestId('privacy-access')
    this.retention = page.getByTestId('privacy-retention')
    this.audit = page.getByTestId('privacy-audit')
  }

  /** Opens the page from Instellingen, as a coach would. */
  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: /Hoofdmenu|Main menu/ })
      .getByRole('link', { name: 'Instellingen' })
      .click()
    await this.page.getByRole('link', { name: 'Privacy (AVG) openen' }).click()
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Privacy (AVG)')
  }

  /** Chooses a street and an address (by the start of its option text, e.g. "3 —" or "3") in a card. */
  async chooseAddress(card: Locator, street: string, address: string | RegExp): Promise<void> {
    await card.getByLabel('Straat', { exact: true }).selectOption({ label: street })
    const select = card.getByLabel('Adres', { exact: true })
    await expect(select).toBeEnabled()
    const option = select.locator('option').filter({ hasText: address }).first()
    await expect(option).toBeAttached()
    await select.selectOption({ value: (await option.getAttribute('value')) ?? '' })
  }

  /** Saves a screenshot of the whole page into .tmp/screens/privacy-<name>.png. */
  async screenshot(name: string): Promise<void> {
    await mkdir(screenshotDir, { recursive: true })
    await hideNotifications(this.page)
    // A full-page shot of a scrolled page draws the fixed header halfway down.
    await this.page.evaluate('window.scrollTo(0, 0)')
    await this.page.screenshot({ path: join(screenshotDir, `privacy-${name}.png`), fullPage: true })
  }
}
