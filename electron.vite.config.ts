import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import { type Plugin } from 'vite'

/**
 * Dev server only: Vite injects an inline script (React refresh) and <style> tags for hot reload,
 * which the strict Content-Security-Policy forbids. Builds keep the strict policy untouched.
 */
const devCspRelaxation: Plugin = {
  name: 'krachtstroom-dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) =>
    html
      .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
      .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
      .replace("connect-src 'self'", "connect-src 'self' ws:"),
}

/** Where the build goes; KC_OUT_DIR lets several checkouts' test runs build side by side. */
const outDir = process.env.KC_OUT_DIR ?? 'out'

/**
 * Three builds: the Electron main process (plus the web host, which serves the same services),
 * the preload script (CommonJS, so the renderer can run sandboxed) and the React renderer.
 */
export default defineConfig({
  main: {
    build: {
      outDir: `${outDir}/main`,
      // lowdb and steno are ESM-only; bundling them keeps the CommonJS main bundle loadable.
      externalizeDeps: { exclude: ['lowdb', 'steno'] },
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'main/index.ts'),
          web: resolve(__dirname, 'main/host/web-main.ts'),
          // Reads address files off the main thread (main/io/address-csv/parse-off-thread.ts).
          'csv-worker': resolve(__dirname, 'main/io/address-csv/csv-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: `${outDir}/preload`,
      rollupOptions: {
        input: { preload: resolve(__dirname, 'main/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react(), devCspRelaxation],
    build: {
      outDir: resolve(__dirname, `${outDir}/renderer`),
      minify: true,
      // The first load is one chunk of about 770 kB, held to its budget by
      // test/package/initial-assets.test.ts; ECharts' core (about 490 kB) loads with the first chart.
      chunkSizeWarningLimit: 800,
      rollupOptions: {
        input: resolve(__dirname, 'renderer/index.html'),
        output: {
          codeSplitting: {
            groups: [
              // zod with its CSP configuration (renderer/src/app/zod-csp.ts) in one chunk: the chunk runs
              // as a whole before any module that imports zod, so the configuration always comes before
              // the first schema is made, whichever screen loads first.
              { name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]|[\\/]zod-csp\.ts$/, priority: 3 },
              // ECharts' core (with the first chart), apart from the part of each kind of chart, which loads
              // with the first chart of that kind (see renderer/src/components/charts/chart-types.ts).
              {
                name: 'echarts',
                test: /[\\/]node_modules[\\/](zrender[\\/]|echarts[\\/](?!lib[\\/]chart[\\/](bar|line|pie)[\\/]))/,
                priority: 3,
              },
              // Everything the first screen needs in one chunk next to the entry, so index.html loads
              // few files; the other screens stay in their own chunks (see renderer/src/app/lazy-screens.ts).
              { name: 'app', tags: ['$initial'], priority: 2 },
              // Code that two or more later screens share, in one chunk instead of dozens of tiny ones.
              { name: 'screens-common', minShareCount: 2, priority: 1 },
            ],
          },
        },
      },
    },
  },
})
