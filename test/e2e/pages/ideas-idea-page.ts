import { type Locator, type Page } from '@playwright/test'

/** The page of one idea. */
export class IdeaDetailPage {
  readonly page: Page
  readonly heading: Locator
  readonly timeline: Locator
  readonly owners: Locator
  readonly feedback: Locator
  readonly feedbackDueBanner: Locator
  readonly actions: Locator

  constructor(page: Page) {
    this.page = page
    this.heading = page.getByRole('heading', { level: 1 })
    this.timeline = page.getByTestId('idea-timeline')
    this.owners = page.getByTestId('idea-owners')
    this.feedback = page.getByTestId('idea-feedback')
    this.feedbackDueBanner = page.getByTestId('feedback-due-banner')
    this.actions = page.getByTestId('idea-actions')
  }

  /** Records feedback with the form on the page (default channel and today's date). */
  async recordFeedback(note: string): Promise<void> {
    await this.feedback.getByLabel('Wat heb je verteld? (niet verplicht)').fill(note)
    await this.feedback.getByRole('button', { name: 'Terugkoppeling opslaan' }).click()
  }
}
