import { type Locator, type Page, expect } from '@playwright/test'
import { hideNotifications } from '../fixtures/hide-notifications'

/** The Sessies page: calendar views, navigation and export. */
export class SessionsCalendar {
  readonly page: Page
  readonly heading: Locator
  readonly monthView: Locator
  readonly weekView: Locator
  readonly listView: Locator
  readonly exportButton: Locator
  readonly newSessionButton: Locator

  constructor(page: Page) {
    this.page = page
    this.heading = page.getByRole('heading', { level: 1, name: 'Sessies' })
    this.monthView = page.getByTestId('month-view')
    this.weekView = page.getByTestId('week-view')
    this.listView = page.getByTestId('list-view')
    this.exportButton = page.getByRole('button', { name: 'Planning exporteren (.ics)' })
    this.newSessionButton = page.getByRole('button', { name: 'Nieuwe sessie' })
  }

  /** Opens the calendar directly in a view around a date (`yyyy-MM-dd`). */
  async open(view: 'maand' | 'week' | 'lijst', date: string): Promise<void> {
    // As a string: this file is compiled without the DOM lib.
    await this.page.evaluate(
      `window.location.hash = ${JSON.stringify(`#/sessies?weergave=${view}&datum=${date}`)}`,
    )
    await expect(this.heading).toBeVisible()
  }

  async chooseView(label: 'Maand' | 'Week' | 'Lijst'): Promise<void> {
    await this.page.getByRole('group', { name: 'Weergave' }).getByRole('button', { name: label }).click()
  }

  /** The month view's cell of one day. */
  day(date: string): Locator {
    return this.monthView.locator(`[data-testid="calendar-day"][data-date="${date}"]`)
  }

  /** A session in the month or week view by its title. */
  session(title: string): Locator {
    return this.page.getByTestId('calendar-session').filter({ hasText: title })
  }

  /** Clicks the empty space of a day in the month view (plans a session there). */
  async planOn(date: string): Promise<void> {
    const cell = this.day(date)
    const box = await cell.boundingBox()
    if (!box) throw new Error(`day ${date} not visible`)
    await cell.click({ position: { x: box.width / 2, y: box.height - 6 } })
  }

  /** Drags a session with the mouse onto another day of the month view. */
  async dragToDay(title: string, date: string): Promise<void> {
    // Notifications in the corner could lie over the session or the day.
    await hideNotifications(this.page)
    // Away from the window's edges, where dnd-kit would start scrolling the page.
    await this.monthView.hover()
    await this.page.mouse.wheel(0, 600)
    const chip = await settledBox(this.session(title))
    const target = await this.day(date).boundingBox()
    if (!target) throw new Error(`day ${date} not visible`)
    const mouse = this.page.mouse
    await mouse.move(chip.x + chip.width / 2, chip.y + chip.height / 2)
    await mouse.down()
    await mouse.move(chip.x + chip.width / 2 + 12, chip.y + chip.height / 2 + 12, { steps: 4 })
    await mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 16 })
    await mouse.up()
  }
}

type Box = NonNullable<Awaited<ReturnType<Locator['boundingBox']>>>

/** The element's box once it has stopped moving (a wheel scroll may still be gliding). */
async function settledBox(locator: Locator): Promise<Box> {
  let previous = ''
  let box: Box | null = null
  await expect
    .poll(
      async () => {
        box = await locator.boundingBox()
        const current = JSON.stringify(box)
        const settled = box !== null && current === previous
        previous = current
        return settled
      },
      { message: 'the element stops moving', intervals: [100] },
    )
    .toBe(true)
  if (box === null) throw new Error('element not visible')
  return box
}
