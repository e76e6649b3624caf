import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { IPC_CHANNEL } from '../../../shared/api/method-names'
import { CONTENT_SECURITY_POLICY } from '../../../main/security/csp'
import { createFakeElectron, type FakeElectron } from './fake-electron'

/** Starts main/index.ts against a fresh fake Electron, as one launch of the app. */
async function launch(dataDir: string, options: { lockTaken?: boolean } = {}): Promise<FakeElectron> {
  const electron = createFakeElectron()
  electron.fake.state.lockTaken = options.lockTaken === true
  vi.resetModules()
  vi.doMock('electron', () => electron)
  process.env.KRACHTSTROOM_DATA_DIR = dataDir
  await import('../../../main/index')
  return electron
}

async function ready(electron: FakeElectron) {
  electron.fake.resolveReady()
  await vi.waitFor(() => expect(electron.fake.windows).toHaveLength(1))
  const window = electron.fake.windows[0]
  if (window === undefined) throw new Error('no window')
  const handler = electron.fake.handlers.get(IPC_CHANNEL)
  if (handler === undefined) throw new Error('no IPC handler')
  const appFrame = {
    url: window.loaded?.[0] === 'file' ? new URL(`file://${window.loaded[1]}`).href : '',
    parent: null,
  }
  const call = (method: string, input: unknown, frame: unknown = appFrame) =>
    handler({ senderFrame: frame }, method, input)
  return { window, call }
}

async function quit(electron: FakeElectron) {
  const done = new Promise((resolve) => electron.app.once('fake-quit-done', resolve))
  electron.app.quit()
  await done
}

const topLabels = (electron: FakeElectron) => electron.fake.menu.current?.template.map((item) => item.label)

describe('main/index.ts under a fake Electron', () => {
  let dataDir: string
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'kc-shell-'))
  })
  afterEach(() => {
    delete process.env.KRACHTSTROOM_DATA_DIR
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('starts sandboxed on the chosen data folder with one hardened window', async () => {
    const electron = await launch(dataDir)
    expect(electron.fake.state.sandboxed).toBe(true)
    expect(electron.app.getPath('userData')).toBe(dataDir)
    const { window } = await ready(electron)
    expect(window.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    })
    expect(String(window.options.webPreferences?.preload)).toMatch(/preload[\\/]preload\.cjs$/)
    expect(window.loaded?.[0]).toBe('file')
    expect(window.loaded?.[1]).toMatch(/renderer[\\/]index\.html$/)
    window.emit('ready-to-show')
    expect(window.shown).toBe(true)

    const session = electron.session.defaultSession
    expect(session.checkHandler?.(null, 'media')).toBe(false)
    const headers = await new Promise<{ responseHeaders?: Record<string, string[]> }>((resolve) =>
      session.headersListener?.({ responseHeaders: {} }, resolve),
    )
    expect(headers.responseHeaders?.['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY])
    await quit(electron)
  })

  it('guards the window: no navigation away, no new windows, https links to the browser', async () => {
    const electron = await launch(dataDir)
    const { window } = await ready(electron)
    const preventDefault = vi.fn()
    window.webContents.emit('will-navigate', { url: 'https://example.org/', preventDefault })
    expect(preventDefault).toHaveBeenCalled()
    expect(electron.fake.opened).toEqual(['https://example.org/'])
    expect(window.webContents.openHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' })
    await quit(electron)
  })

  it('answers the app page over IPC and refuses any other sender', async () => {
    const electron = await launch(dataDir)
    const { call } = await ready(electron)
    await expect(call('app.status', {})).resolves.toMatchObject({ ok: true, value: { store: 'ok', dataDir } })
    await expect(
      call('app.status', {}, { url: 'https://evil.example/', parent: null }),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
    await quit(electron)
  })

  it('loads the demo, follows the language in its menu, and finds everything back after a clean quit', async () => {
    const first = await launch(dataDir)
    const { call, window } = await ready(first)
    expect(topLabels(first)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Help'])
    await expect(call('demo.load', {})).resolves.toMatchObject({
      ok: true,
      value: { counts: { streets: 4, addresses: 150, ideas: 30 } },
    })
    await expect(call('settings.update', { language: 'en' })).resolves.toMatchObject({ ok: true })
    expect(topLabels(first)).toEqual(['File', 'Edit', 'View', 'Help'])

    const file = first.fake.menu.current?.template[0]
    file?.submenu?.find((item) => item.id === 'new-programme')?.click?.()
    expect(window.webContents.sent).toEqual([['krachtstroom:menu', 'new-programme']])

    await quit(first)
    expect(JSON.parse(readFileSync(join(dataDir, 'window-state.json'), 'utf8'))).toEqual({
      width: 1300,
      height: 850,
      x: 10,
      y: 20,
      maximized: false,
    })

    const second = await launch(dataDir)
    const again = await ready(second)
    expect(topLabels(second)).toEqual(['File', 'Edit', 'View', 'Help'])
    const list = await again.call('programme.list', {})
    expect(list).toMatchObject({
      ok: true,
      value: [{ name: expect.stringMatching(/Oldebroek Voor Mekaar/) }],
    })
    expect(second.fake.windows[0]?.options).toMatchObject({ width: 1300, height: 850, x: 10, y: 20 })
    await quit(second)
  })

  it('a second instance only hands over and starts nothing', async () => {
    const electron = await launch(dataDir, { lockTaken: true })
    electron.fake.resolveReady()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(electron.fake.handlers.size).toBe(0)
    expect(electron.fake.windows).toHaveLength(0)
    expect(readdirSync(dataDir)).toEqual([])
  })

  it('focuses the existing window when the app is started again, even before it is ready', async () => {
    const electron = await launch(dataDir)
    expect(() => electron.app.emit('second-instance', {}, [], '/')).not.toThrow()
    const { window } = await ready(electron)
    const focus = vi.spyOn(window, 'focus')
    electron.app.emit('second-instance', {}, [], '/')
    expect(focus).toHaveBeenCalled()
    await quit(electron)
  })
})
