import { defineConfig } from 'vitest/config'

/**
 * The durability run (`npm run test:durability`; part of `npm test` when CI is set): the crash tests
 * with the full number of SIGKILLs, 200 on the web host and 200 on the store.
 */
export default defineConfig({
  test: {
    include: ['test/integration/host-crash.test.ts', 'test/integration/store-crash.test.ts'],
    environment: 'node',
    env: { KC_DURABILITY: 'full' },
    testTimeout: 3_600_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
  },
})
