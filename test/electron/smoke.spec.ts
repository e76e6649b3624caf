import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test'
import { apiMethodNames } from '../../shared/api/method-names'
import { DashboardPage } from '../e2e/pages/dashboard-page'
import { FirstRunPage } from '../e2e/pages/first-run-page'

const root = resolve(__dirname, '..', '..')
const mainEntry = join(root, 'out', 'main', 'index.js')
const DEMO_PROGRAMME = 'Oldebroek Voor Mekaar — Krachtstroom'

/** Starts the built app on its own data folder (KRACHTSTROOM_DATA_DIR, honoured by main/index.ts). */
function launch(dataDir: string): Promise<ElectronApplication> {
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value
  env.KRACHTSTROOM_DATA_DIR = dataDir
  delete env.ELECTRON_RUN_AS_NODE
  // Chromium refuses to run its sandbox as root (CI containers); the page stays sandboxed by Electron.
  const args = process.getuid?.() === 0 ? ['--no-sandbox', mainEntry] : [mainEntry]
  return electron.launch({ args, env, cwd: root })
}

test.describe('Krachtstroom Coach desktop app', () => {
  let dataDir: string

  test.beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'kc-electron-'))
  })

  test.afterEach(() => {
    rmSync(dataDir, { recursive: true, force: true })
  })

  test('starts hardened, loads the demo and finds it back after a restart', async () => {
    const app = await launch(dataDir)
    try {
      const window = await app.firstWindow()
      await expect(window).toHaveTitle(/Krachtstroom Coach/)
      // Loaded through the app's own scheme, never from file://.
      expect(window.url()).toMatch(/^app:\/\/krachtstroom\/index\.html/)

      // The page sees the contract and nothing of Node or Electron.
      const exposed = await window.evaluate(() => {
        const page = globalThis as unknown as Record<string, unknown>
        return {
          api: Object.keys((page.krachtstroom as object | undefined) ?? {}),
          require: typeof page.require,
          process: typeof page.process,
        }
      })
      expect(exposed.api.sort()).toEqual([...apiMethodNames].sort())
      expect(exposed.require).toBe('undefined')
      expect(exposed.process).toBe('undefined')

      const firstRun = new FirstRunPage(window)
      await firstRun.expectVisible()
      await firstRun.loadDemo()
      await expect(window.getByRole('heading', { level: 1 })).toHaveText(DEMO_PROGRAMME)
      await expect(new DashboardPage(window).kpi('addresses')).toHaveText('150')
    } finally {
      await app.close()
    }

    // A clean quit waited for the last write: the demo is still there.
    const again = await launch(dataDir)
    try {
      const window = await again.firstWindow()
      await expect(window.getByRole('heading', { level: 1 })).toHaveText(DEMO_PROGRAMME)
      await expect(new DashboardPage(window).kpi('addresses')).toHaveText('150')
    } finally {
      await again.close()
    }
  })

  test('generates a gemeente report through the save dialog', async () => {
    const app = await launch(dataDir)
    const target = join(dataDir, 'Voortgangsrapportage.docx')
    try {
      // The native save dialog cannot be clicked by a test: answer it with a chosen path instead.
      await app.evaluate(({ dialog }, filePath) => {
        dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog
      }, target)
      const window = await app.firstWindow()
      await new FirstRunPage(window).loadDemo()
      await expect(new DashboardPage(window).kpi('addresses')).toHaveText('150')
      await window.getByRole('link', { name: 'Rapporten' }).click()
      await window.getByRole('button', { name: 'Rapport maken' }).click()
      await expect(window.getByRole('button', { name: 'Openen in Word' })).toBeVisible({ timeout: 30_000 })
      await expect.poll(() => existsSync(target)).toBe(true)
      const bytes = readFileSync(target)
      expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK')
      expect(bytes.length).toBeGreaterThan(10_000)
    } finally {
      await app.close()
    }
  })
})
