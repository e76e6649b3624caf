import { defineConfig } from 'vitest/config'

/** The package check: electron-builder with a stub Electron, after `npm run build`. */
export default defineConfig({
  test: {
    include: ['test/package/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
})
