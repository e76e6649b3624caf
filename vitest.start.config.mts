import { defineConfig } from 'vitest/config'

/**
 * The start check: `npm start` (scripts/start.mjs) with a stand-in Electron and with none, against the
 * real build (built first when it is missing or old).
 */
export default defineConfig({
  test: {
    include: ['test/start/**/*.test.ts'],
    environment: 'node',
    testTimeout: 180_000,
    hookTimeout: 600_000,
    pool: 'forks',
    fileParallelism: false,
  },
})
