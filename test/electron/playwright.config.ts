import { defineConfig } from '@playwright/test'

/**
 * The Electron smoke test's own Playwright config (the root playwright.config.ts drives the web host
 * end-to-end tests). Run it through `npm run test:electron`, which first checks that the Electron
 * binary exists and the app is built.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  timeout: 90_000,
  expect: { timeout: 20_000 },
  workers: 1,
  retries: 0,
  reporter: [['list'], ...(process.env.PLAYWRIGHT_JSON_OUTPUT_FILE ? [['json'] as const] : [])],
  outputDir: '../../test-results/electron',
})
