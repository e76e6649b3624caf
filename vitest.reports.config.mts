import { defineConfig } from 'vitest/config'

/**
 * The "Word report checks" step of `npm test`: every report type for the demo is converted to PDF by
 * LibreOffice and its text checked. Kept out of the main run because LibreOffice is slow; the files run
 * one after the other, each converting with bounded parallelism of its own.
 */
export default defineConfig({
  test: {
    include: ['test/reports/**/*.test.ts'],
    environment: 'node',
    testTimeout: 180_000,
    hookTimeout: 180_000,
    pool: 'forks',
    fileParallelism: false,
  },
})
