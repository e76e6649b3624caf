import { defineConfig } from 'vitest/config'

/** Checks on the build, after `npm run build`: electron-builder with a stub Electron, and the first load's size budget. */
export default defineConfig({
  test: {
    include: ['test/package/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
})
