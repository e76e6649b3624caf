import { type Locator, type Page, expect } from '@playwright/test'
import { reachFigure, wholePercent } from '../../../shared/domain/key-figures'
import { type ProgrammeStats } from '../../../shared/domain/stats-types'

/** The key figures on the dashboard, by their test ids. */
export const kpiIds = [
  'streets',
  'addresses',
  'reached',
  'conversations',
  'ideas',
  'realised',
  'sessions',
] as const
export type KpiId = (typeof kpiIds)[number]

/** The dashboard of the active programme. */
export class DashboardPage {
  readonly page: Page
  readonly keyFigures: Locator

  constructor(page: Page) {
    this.page = page
    this.keyFigures = page.getByRole('region', { name: /Kerncijfers|Key figures/ })
  }

  /** The value element of one key figure. */
  kpi(id: KpiId): Locator {
    return this.page.getByTestId(`kpi-${id}-value`)
  }

  /** The number a key figure shows ("1.500" → 1500). */
  async kpiNumber(id: KpiId): Promise<number> {
    const text = await this.kpi(id).innerText()
    return Number(text.replace(/[.\s\u00a0]/g, ''))
  }

  kpiDetail(id: KpiId): Locator {
    return this.page.getByTestId(`kpi-${id}-detail`)
  }

  /** The rows of "Bereik per straat". */
  streetRows(): Locator {
    return this.page.getByTestId('street-coverage-row')
  }

  /** Every figure on screen equals stats.programme: key figures, reach per street, ideas per status. */
  async expectFiguresOf(stats: ProgrammeStats): Promise<void> {
    expect(await this.kpiNumber('streets')).toBe(stats.streets)
    expect(await this.kpiNumber('addresses')).toBe(stats.addresses)
    expect(await this.kpiNumber('reached')).toBe(stats.reached)
    expect(await this.kpiNumber('conversations')).toBe(stats.conversations)
    expect(await this.kpiNumber('ideas')).toBe(stats.ideas)
    expect(await this.kpiNumber('realised')).toBe(stats.ideasRealised)
    expect(await this.kpiNumber('sessions')).toBe(stats.sessionsHeld)
    await expect(this.kpiDetail('sessions')).toContainText(String(stats.sessionsPlanned))
    // Reach is shown against the programme's goal for addresses when one is set, as in the reports.
    await expect(this.kpiDetail('reached')).toContainText(`${wholePercent(reachFigure(stats).share)}%`)
    for (const street of stats.perStreet) {
      await expect(this.streetRows().filter({ hasText: street.name })).toContainText(
        `${street.reached} van ${street.addresses} bereikt`,
      )
    }
    for (const [status, count] of Object.entries(stats.ideasByStatus)) {
      if (count > 0)
        await expect(this.page.getByTestId(`ideas-status-${status}-count`)).toHaveText(String(count))
    }
  }
}

/** The dashboard's charts (ECharts canvases with the shared chart data's alt text). */
export function dashboardCharts(page: Page): Locator {
  return page.getByTestId('chart')
}
