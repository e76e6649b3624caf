import { defineConfig } from 'vitest/config'

/**
 * Unit and integration tests. The time limits are generous on purpose: a test waits for states, and
 * on a busy two-core machine starting a host process or a thousand fuzz inputs can take many times
 * longer than on an idle one.
 */
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    // Team sync runs as its own step (vitest.sync.config.mts), one file at a time.
    exclude: ['**/node_modules/**', 'test/integration/sync-*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
})
