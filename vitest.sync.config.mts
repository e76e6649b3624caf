import { defineConfig } from 'vitest/config'

/**
 * Team sync (`npm test -- sync`): two or three laptops (test runtimes and web-host processes) sharing a
 * programme through a CouchDB stand-in, express-pouchdb in memory on 127.0.0.1. One file at a time:
 * each file already runs several processes and replicators, and on a busy two-core machine running
 * them side by side only makes every wait longer.
 */
export default defineConfig({
  test: {
    include: ['test/integration/sync-*.test.ts'],
    environment: 'node',
    testTimeout: 300_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
  },
})
