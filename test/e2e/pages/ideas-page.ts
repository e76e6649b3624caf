import { type Locator, type Page, expect } from '@playwright/test'
import { type IdeaStatus } from '../../../shared/model/vocabulary'
import { keyboardDragListening } from '../fixtures/keyboard-drag'

/** The Ideeën page: status board, table and "Terugkoppeling nodig". */
export class IdeasPage {
  readonly page: Page
  readonly heading: Locator
  readonly board: Locator
  readonly table: Locator
  readonly count: Locator

  constructor(page: Page) {
    this.page = page
    this.heading = page.getByRole('heading', { level: 1, name: 'Ideeën' })
    this.board = page.getByRole('region', { name: 'Statusbord' })
    this.table = page.getByTestId('idea-table')
    this.count = page.getByTestId('idea-count')
  }

  /** Opens one of the views by its tab. */
  async showView(name: 'Statusbord' | 'Tabel' | RegExp): Promise<void> {
    await this.page.getByRole('tab', { name }).click()
  }

  /** The button that folds the filters (theme, street, partner, ...) open and shut. */
  filtersToggle(scope: 'table' | 'board' = 'table'): Locator {
    return this.page.getByTestId(`idea-filters-${scope}`).getByRole('button', { name: /^Filters( \(.*\))?$/ })
  }

  /** Opens the folded filters of the table or the board. */
  async openFilters(scope: 'table' | 'board' = 'table'): Promise<void> {
    const toggle = this.filtersToggle(scope)
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click()
    await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  }

  column(status: IdeaStatus): Locator {
    return this.page.getByTestId(`board-column-${status}`)
  }

  /** The card of an idea on the board (by its title). */
  card(title: string): Locator {
    return this.page.getByTestId('board-card').filter({ hasText: title })
  }

  /** The keyboard handle of a card. */
  handle(title: string): Locator {
    return this.card(title).getByRole('button', { name: new RegExp(`Verplaats „${escape(title)}”`) })
  }

  /**
   * Moves a card with the keyboard: Space picks it up, each arrow goes one column further (waiting
   * until the board shows the card over that column), Space drops it.
   */
  async moveWithKeyboard(title: string, steps: Array<[key: string, over: IdeaStatus]>): Promise<void> {
    await this.handle(title).focus()
    await this.page.keyboard.press('Space')
    await expect(this.card(title)).toHaveAttribute('data-dragging', 'true')
    await keyboardDragListening(this.page)
    for (const [key, over] of steps) {
      await this.page.keyboard.press(key)
      await expect(this.column(over)).toHaveAttribute('data-over', 'true')
    }
    await this.page.keyboard.press('Space')
  }

  /** Drags a card with the mouse onto a column. */
  async dragWithMouse(title: string, status: IdeaStatus): Promise<void> {
    const from = await this.card(title).boundingBox()
    const to = await this.column(status).boundingBox()
    if (!from || !to) throw new Error('kaart of kolom niet zichtbaar')
    await this.page.mouse.move(from.x + from.width / 2, from.y + 12)
    await this.page.mouse.down()
    await this.page.mouse.move(from.x + from.width / 2 + 10, from.y + 20, { steps: 4 })
    await this.page.mouse.move(to.x + to.width / 2, to.y + 40, { steps: 12 })
    await this.page.mouse.up()
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
