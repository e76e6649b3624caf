import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { IPC_CHANNEL } from '../../../shared/api/method-names'
import { MENU_CHANNEL, SHELL_CHANNEL } from '../../../shared/api/shell-bridge'
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
  const appFrame = { url: window.loaded?.[0] === 'url' ? window.loaded[1] : '', parent: null }
  const call = (method: string, input: unknown, frame: unknown = appFrame) =>
    handler({ senderFrame: frame }, method, input)
  const shellHandler = electron.fake.handlers.get(SHELL_CHANNEL)
  if (shellHandler === undefined) throw new Error('no shell IPC handler')
  const shellCall = (method: string, input: unknown, frame: unknown = appFrame) =>
    shellHandler({ senderFrame: frame, sender: window.webContents }, method, input)
  return { window, call, shellCall }
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
    expect(window.loaded).toEqual(['url', 'app://krachtstroom/index.html'])
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

  it('serves the built app through its own privileged scheme, with the same headers as the web host', async () => {
    const electron = await launch(dataDir)
    const { schemes } = electron.fake
    expect(schemes.registeredBeforeReady).toBe(true)
    expect(schemes.privileged).toEqual([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
      },
    ])
    await ready(electron)
    const handler = schemes.handlers.get('app')
    if (handler === undefined) throw new Error('no handler for app://')
    // Under the test, main/index.ts finds renderer/ (the sources) where the build has out/renderer.
    const page = await handler(new Request('app://krachtstroom/index.html'))
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(page.headers.get('x-frame-options')).toBe('DENY')
    expect(await page.text()).toContain('<div id="root"></div>')
    for (const url of [
      'app://krachtstroom/%2e%2e/package.json',
      'app://krachtstroom/..%2fpackage.json',
      'app://other/index.html',
    ]) {
      expect((await handler(new Request(url))).status, url).toBe(404)
    }
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
    // A file dropped on the window never replaces the app (navigateOnDragDrop is off as well).
    const dropped = vi.fn()
    window.webContents.emit('will-navigate', {
      url: 'file:///home/coach/adressen.csv',
      preventDefault: dropped,
    })
    expect(dropped).toHaveBeenCalled()
    expect(window.options.webPreferences?.navigateOnDragDrop).toBe(false)
    expect(electron.fake.opened).toEqual(['https://example.org/'])
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

  it('saves a file through the save dialog, opens only that file, and prints the window to PDF', async () => {
    const electron = await launch(dataDir)
    const { window, shellCall } = await ready(electron)
    const target = join(dataDir, 'Rapporten', 'Voortgang.docx')
    electron.fake.saveDialog.answer = { canceled: false, filePath: target }
    const { mkdirSync } = await import('node:fs')
    mkdirSync(join(dataDir, 'Rapporten'))

    const input = {
      fileName: 'Voortgang.docx',
      base64: Buffer.from('docx').toString('base64'),
      kind: 'report',
    }
    await expect(shellCall('saveFile', input)).resolves.toEqual({ saved: true, path: target })
    expect(readFileSync(target, 'utf8')).toBe('docx')
    // The dialog belongs to the window and starts in Documents the first time.
    expect(electron.fake.saveDialog.calls[0]?.[0]).toBe(window)
    expect(electron.fake.saveDialog.calls[0]?.[1]).toMatchObject({
      defaultPath: join('/nonexistent/Documents', 'Voortgang.docx'),
    })
    await expect(shellCall('openPath', target)).resolves.toEqual({ opened: true })
    await expect(shellCall('openPath', join(dataDir, 'krachtstroom.json'))).resolves.toMatchObject({
      opened: false,
    })
    expect(electron.fake.openedPaths).toEqual([target])
    // Another page gets nothing.
    await expect(
      shellCall('saveFile', input, { url: 'https://evil.example/', parent: null }),
    ).resolves.toMatchObject({ saved: false })
    expect(electron.fake.saveDialog.calls).toHaveLength(1)

    const pdf = join(dataDir, 'Rapporten', 'dia.pdf')
    electron.fake.saveDialog.answer = { canceled: false, filePath: pdf }
    await expect(shellCall('printToPdf', { fileName: 'dia.pdf', landscape: true })).resolves.toEqual({
      saved: true,
      path: pdf,
    })
    expect(window.webContents.printed).toEqual([
      expect.objectContaining({ landscape: true, printBackground: true }),
    ])
    expect(readFileSync(pdf, 'utf8')).toBe('%PDF-1.7 fake')
    // Next time the PDF dialog starts in the folder used last for PDFs.
    electron.fake.saveDialog.answer = { canceled: true }
    await shellCall('printToPdf', { fileName: 'dia2.pdf', landscape: true })
    expect(electron.fake.saveDialog.calls.at(-1)?.[1]).toMatchObject({
      defaultPath: join(dataDir, 'Rapporten', 'dia2.pdf'),
    })
    await quit(electron)
  })

  it('sends the menu’s screen commands to the page, saving a backup file too', async () => {
    const electron = await launch(dataDir)
    const { window } = await ready(electron)
    const items = (electron.fake.menu.current?.template ?? []).flatMap((item) => item.submenu ?? [])
    const click = (id: string) => items.find((item) => item.id === id)?.click?.()
    const commands = [
      'switch-programme',
      'restore-backup',
      'save-backup-file',
      'import-addresses',
      'make-report',
      'presentation',
    ]
    for (const id of commands) click(id)
    expect(window.webContents.sent).toEqual(commands.map((command) => [MENU_CHANNEL, command]))
    await quit(electron)
  })

  it('saves a .kcbackup file from the page readable by the coach only', async () => {
    const electron = await launch(dataDir)
    const { shellCall } = await ready(electron)
    const documents = mkdtempSync(join(tmpdir(), 'kc-documents-'))
    const target = join(documents, 'kc.kcbackup')
    electron.fake.saveDialog.answer = { canceled: false, filePath: target }
    const answer = await shellCall('saveFile', {
      fileName: 'kc.kcbackup',
      base64: Buffer.from('versleuteld').toString('base64'),
      kind: 'backup',
    })
    expect(answer).toMatchObject({ saved: true })
    expect(readFileSync(target, 'utf8')).toBe('versleuteld')
    if (process.platform !== 'win32') expect(statSync(target).mode & 0o777).toBe(0o600)
    rmSync(documents, { recursive: true, force: true })
    await quit(electron)
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
