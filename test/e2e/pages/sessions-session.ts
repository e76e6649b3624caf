import { type Locator, type Page, expect } from '@playwright/test'

/** One session's page: details, status and the verslag. */
export class SessionsSessionPage {
  readonly page: Page
  readonly status: Locator
  readonly report: Locator
  readonly ideas: Locator
  readonly actions: Locator

  constructor(page: Page) {
    this.page = page
    this.status = page.getByTestId('session-status').first()
    this.report = page.getByTestId('session-report')
    this.ideas = page.getByTestId('session-ideas')
    this.actions = page.getByTestId('session-actions')
  }

  async setStatus(label: 'Gehouden' | 'Geannuleerd' | 'Opnieuw plannen'): Promise<void> {
    await this.page.getByTestId('session-status-card').getByRole('button', { name: label }).click()
  }

  /** Types an idea in the inline form and presses Enter. */
  async addIdea(title: string): Promise<void> {
    const input = this.ideas.getByRole('textbox', { name: 'Nieuw idee' })
    await input.fill(title)
    await input.press('Enter')
  }

  async addAction(title: string, owner: string, due: string): Promise<void> {
    await this.actions.getByRole('textbox', { name: 'Wat moet er gebeuren?' }).fill(title)
    await this.actions.getByRole('combobox', { name: 'Wie pakt het op?' }).click()
    await this.page.getByRole('option', { name: owner }).first().click()
    const dueInput = this.actions.getByRole('textbox', { name: 'Uiterlijk op' })
    await dueInput.fill(due)
    await dueInput.press('Tab')
    await this.dismissNotifications()
    await this.actions.getByRole('button', { name: 'Vervolgstap toevoegen' }).click()
  }

  /**
   * Closes the notifications in the corner, which can lie over buttons at the bottom of the page. A
   * notification of the previous step may still be sliding in, so this repeats until none is visible.
   */
  async dismissNotifications(): Promise<void> {
    const notifications = this.page.locator('.mantine-Notification-root')
    await expect(async () => {
      for (const button of await notifications.getByRole('button', { name: 'Sluiten' }).all()) {
        // A notification may close by itself meanwhile; that is fine too.
        await button.click({ timeout: 1_000 }).catch(() => undefined)
      }
      await expect(this.page.locator('.mantine-Notification-root:visible')).toHaveCount(0, { timeout: 1_000 })
    }).toPass({ timeout: 60_000 })
  }
}
