import AxeBuilder from '@axe-core/playwright'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { type Locator, type Page, expect } from '@playwright/test'
import { hideNotifications } from '../fixtures/hide-notifications'
import { screenshotDir } from '../fixtures/paths'

/** What a coach fills in to join the team. */
export interface TeamLogin {
  serverUrl: string
  database: string
  username: string
  password: string
}

/** Instellingen → Samenwerken, and the sharing indicator in the header. */
export class TeamSyncPage {
  readonly page: Page
  readonly card: Locator
  readonly indicator: Locator
  readonly state: Locator
  readonly log: Locator
  readonly joinButton: Locator
  readonly leaveButton: Locator
  readonly shareIdentifiers: Locator
  readonly agreement: Locator
  readonly passwordAgain: Locator
  readonly password: Locator
  readonly summary: Locator

  constructor(page: Page) {
    this.page = page
    this.card = page.getByTestId('settings-sync')
    this.indicator = page.getByTestId('sync-indicator')
    this.state = page.getByTestId('sync-state')
    this.log = page.getByTestId('sync-log')
    this.joinButton = page.getByTestId('sync-join')
    this.leaveButton = page.getByTestId('sync-leave')
    this.shareIdentifiers = this.card.getByRole('checkbox', {
      name: 'Ook namen, telefoonnummers en notities bij de deur delen',
    })
    this.agreement = this.card.getByRole('textbox', { name: 'Naam van de verwerkersovereenkomst' })
    this.passwordAgain = page.getByTestId('sync-password-again')
    this.password = page.getByTestId('sync-password')
    this.summary = page.getByTestId('sync-summary')
  }

  /** Opens Instellingen from the menu and scrolls to Samenwerken, as a coach would. */
  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: /Hoofdmenu|Main menu/ })
      .getByRole('link', { name: 'Instellingen' })
      .click()
    await expect(this.card.getByRole('heading', { name: 'Samenwerken' })).toBeVisible()
    await this.scrollToCard()
  }

  /** Scrolls the card's heading to the top (below the fixed header, as the indicator's link does). */
  async scrollToCard(): Promise<void> {
    await this.page
      .locator('#samenwerken')
      .evaluate((card) => (card as unknown as { scrollIntoView(): void }).scrollIntoView())
  }

  /** Fills in server, database, user name and password (nothing is sent yet). */
  async fillLogin(login: TeamLogin): Promise<void> {
    await this.card.getByRole('textbox', { name: 'Serveradres' }).fill(login.serverUrl)
    await this.card.getByRole('textbox', { name: 'Database van het programma' }).fill(login.database)
    await this.card.getByRole('textbox', { name: 'Jouw gebruikersnaam' }).fill(login.username)
    await this.password.fill(login.password)
  }

  /** Unfolds the settings of a programme already shared (they are folded away once shared). */
  async openSettings(): Promise<void> {
    const edit = this.page.getByTestId('sync-edit')
    await expect(edit).toHaveAttribute('aria-expanded', 'false')
    await edit.click()
    await expect(edit).toHaveAttribute('aria-expanded', 'true')
  }

  /** The dialog that asks before resident identifiers are shared. */
  identifiersDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Gegevens van bewoners delen?' })
  }

  /** Types the password the card asks for (after a restart, or when the server refused it) and sends it. */
  async enterPasswordAgain(password: string): Promise<void> {
    await this.passwordAgain.fill(password)
    await this.card.getByRole('button', { name: 'Verbinden', exact: true }).click()
  }

  /** Leaves the team through its confirmation. */
  async leave(): Promise<void> {
    await this.leaveButton.click()
    const dialog = this.page.getByRole('dialog', { name: 'Stoppen met samenwerken?' })
    await expect(dialog).toContainText('Alle gegevens blijven op deze laptop staan')
    await dialog.getByRole('button', { name: 'Stoppen met samenwerken' }).click()
    await expect(dialog).toBeHidden()
  }

  /** Saves a screenshot of the page at its current size into .tmp/screens/sync-<name>.png. */
  async screenshot(name: string): Promise<void> {
    await mkdir(screenshotDir, { recursive: true })
    await hideNotifications(this.page)
    await this.page.screenshot({ path: join(screenshotDir, `sync-${name}.png`) })
  }
}

/**
 * Runs axe on the Samenwerken card (and on an open dialog, which lives outside it) and fails on any
 * violation, listing them readably.
 */
export async function expectCardWithoutViolations(page: Page, state: string): Promise<void> {
  const dialogOpen = (await page.getByRole('dialog').count()) > 0
  const results = await new AxeBuilder({ page })
    .include(dialogOpen ? '[role="dialog"]' : '[data-testid="settings-sync"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    // Mantine draws every modal's title bar as a <header>, which axe counts as a second banner.
    .disableRules(dialogOpen ? ['landmark-no-duplicate-banner'] : [])
    .analyze()
  const found = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.nodes
        .slice(0, 3)
        .map((node) => `${node.target.join(' ')} — ${node.any[0]?.message ?? ''}`)
        .join(', ')}`,
  )
  expect(found, `axe on the Samenwerken card: ${state}`).toEqual([])
}
