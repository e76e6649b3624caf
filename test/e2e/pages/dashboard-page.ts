import { type Locator, type Page } from '@playwright/test'

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
}

/** The dashboard's charts (ECharts canvases with the shared chart data's alt text). */
export function dashboardCharts(page: Page): Locator {
  return page.getByTestId('chart')
}
