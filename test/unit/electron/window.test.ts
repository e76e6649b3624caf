import { beforeEach, describe, expect, it, vi } from 'vitest'

const created: Array<{
  options: unknown
  loadFile: ReturnType<typeof vi.fn>
  loadURL: ReturnType<typeof vi.fn>
  handlers: Map<string, () => void>
  show: ReturnType<typeof vi.fn>
  maximize: ReturnType<typeof vi.fn>
}> = []

vi.mock('electron', () => ({
  BrowserWindow: vi.fn(function (this: Record<string, unknown>, options: unknown) {
    const handlers = new Map<string, () => void>()
    const record = {
      options,
      handlers,
      loadFile: vi.fn(() => Promise.resolve()),
      loadURL: vi.fn(() => Promise.resolve()),
      show: vi.fn(),
      maximize: vi.fn(),
    }
    created.push(record)
    Object.assign(this, {
      once: (event: string, handler: () => void) => handlers.set(event, handler),
      loadFile: record.loadFile,
      loadURL: record.loadURL,
      show: record.show,
      maximize: record.maximize,
    })
  }),
}))

const {
  createMainWindow,
  createMainWindowOptions,
  DEFAULT_WINDOW_SIZE,
  MINIMUM_WINDOW_SIZE,
  SPELLCHECK_LANGUAGES,
  WINDOW_TITLE,
} = await import('../../../main/window')

describe('createMainWindowOptions', () => {
  const options = createMainWindowOptions('/app/out/preload/preload.cjs')
  const web = options.webPreferences ?? {}

  it('isolates and sandboxes the page, without Node', () => {
    expect(web.preload).toBe('/app/out/preload/preload.cjs')
    expect(web.contextIsolation).toBe(true)
    expect(web.sandbox).toBe(true)
    expect(web.nodeIntegration).toBe(false)
    expect(web.nodeIntegrationInWorker).toBe(false)
    expect(web.nodeIntegrationInSubFrames).toBe(false)
  })

  it("keeps the web's security model fully on and nothing experimental", () => {
    expect(web.webSecurity).toBe(true)
    expect(web.allowRunningInsecureContent).toBe(false)
    expect(web.experimentalFeatures).toBe(false)
    expect(web.webviewTag).toBe(false)
    expect(web.navigateOnDragDrop).toBe(false)
    expect(web).not.toHaveProperty('enableBlinkFeatures')
    expect(web).not.toHaveProperty('additionalArguments')
  })

  it('checks spelling (Dutch first) and has no developer tools outside development', () => {
    expect(web.spellcheck).toBe(true)
    expect(SPELLCHECK_LANGUAGES[0]).toBe('nl')
    expect(web.devTools).toBe(false)
    expect(createMainWindowOptions('/p', undefined, { dev: true }).webPreferences?.devTools).toBe(true)
  })

  it('opens hidden at the default size with a title and background', () => {
    expect(options.title).toBe(WINDOW_TITLE)
    expect(WINDOW_TITLE).toBe('Krachtstroom Coach')
    expect(options.show).toBe(false)
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i)
    expect({ width: options.width, height: options.height }).toEqual({ width: 1280, height: 820 })
    expect(DEFAULT_WINDOW_SIZE).toEqual({ width: 1280, height: 820 })
    expect({ width: options.minWidth, height: options.minHeight }).toEqual({ width: 1000, height: 680 })
    expect(options).not.toHaveProperty('x')
  })

  it('uses a remembered size and position, never below the minimum', () => {
    const saved = createMainWindowOptions('/p', { width: 1500, height: 900, x: 40, y: 30 })
    expect(saved).toMatchObject({ width: 1500, height: 900, x: 40, y: 30 })
    const tiny = createMainWindowOptions('/p', { width: 300, height: 200 })
    expect({ width: tiny.width, height: tiny.height }).toEqual(MINIMUM_WINDOW_SIZE)
    expect(tiny).not.toHaveProperty('x')
  })
})

describe('createMainWindow', () => {
  beforeEach(() => {
    created.length = 0
  })

  it('loads the app through its scheme and shows the window when ready', () => {
    createMainWindow({
      preloadPath: '/p.cjs',
      pageUrl: 'app://krachtstroom/index.html',
      saved: undefined,
      dev: false,
    })
    const window = created[0]
    expect(window?.options).toEqual(createMainWindowOptions('/p.cjs', undefined, { dev: false }))
    expect(window?.loadURL).toHaveBeenCalledWith('app://krachtstroom/index.html')
    expect(window?.loadFile).not.toHaveBeenCalled()
    expect(window?.show).not.toHaveBeenCalled()
    window?.handlers.get('ready-to-show')?.()
    expect(window?.show).toHaveBeenCalled()
    expect(window?.maximize).not.toHaveBeenCalled()
  })

  it('loads the dev server in development and restores a maximised window', () => {
    createMainWindow({
      preloadPath: '/p.cjs',
      pageUrl: 'http://localhost:5173/',
      saved: { width: 1300, height: 900, maximized: true },
      dev: true,
    })
    const window = created[0]
    expect(window?.loadURL).toHaveBeenCalledWith('http://localhost:5173/')
    expect(window?.loadFile).not.toHaveBeenCalled()
    window?.handlers.get('ready-to-show')?.()
    expect(window?.maximize).toHaveBeenCalled()
  })
})
