import AxeBuilder from '@axe-core/playwright'
import { type Page, expect } from '@playwright/test'

/** Runs axe on the page and fails on serious or critical violations, listing them readably. */
export async function expectNoSeriousAxeViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze()
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    )
  expect(serious, `axe on ${screen}`).toEqual([])
}

/** Where the dashboard, presentation and report screenshots go, to be looked at. */
export const screensDir = '.tmp/screens'
