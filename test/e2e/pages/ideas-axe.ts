import AxeBuilder from '@axe-core/playwright'
import { type Page, expect } from '@playwright/test'
import { hideNotifications } from '../fixtures/hide-notifications'

/** Runs axe on the page and fails on serious or critical violations, listing them readably. */
export async function expectNoSeriousViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze()
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.nodes
          .slice(0, 3)
          .map((node) => `${node.target.join(' ')} — ${node.any[0]?.message ?? ''}`)
          .join(', ')}`,
    )
  expect(serious, `axe on ${screen}`).toEqual([])
}

/** Removes notifications so a screenshot shows the page itself. */
export async function clearNotifications(page: Page): Promise<void> {
  await hideNotifications(page)
}
