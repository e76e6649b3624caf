import { EventEmitter } from 'node:events'

/**
 * A stand-in for Electron's main-process API, just enough for main/index.ts to run under Node so its
 * wiring (data folder, sandbox, IPC, menu, window, shutdown) can be tested without the Electron binary.
 */

type Handler = (event: unknown, ...args: unknown[]) => Promise<unknown>
interface Template {
  label?: string
  id?: string
  click?: () => void
  submenu?: Template[]
}

type Headers = { responseHeaders?: Record<string, string[]> }
type HeadersListener = (details: Headers, callback: (response: Headers) => void) => void

interface FakeSession {
  requestHandler:
    ((webContents: unknown, permission: string, callback: (ok: boolean) => void) => void) | undefined
  checkHandler: ((webContents: unknown, permission: string) => boolean) | undefined
  headersListener: HeadersListener | undefined
  spellCheckerLanguages: string[]
  availableSpellCheckerLanguages: string[]
  setPermissionRequestHandler(handler: FakeSession['requestHandler']): void
  setPermissionCheckHandler(handler: FakeSession['checkHandler']): void
  setDevicePermissionHandler(handler: unknown): void
  setSpellCheckerLanguages(languages: string[]): void
  webRequest: { onHeadersReceived(listener: HeadersListener): void }
}

class FakeWebContents extends EventEmitter {
  readonly sent: unknown[][] = []
  readonly printed: unknown[] = []
  async printToPDF(options: unknown): Promise<Buffer> {
    this.printed.push(options)
    return Buffer.from('%PDF-1.7 fake')
  }
  openHandler: ((details: { url: string }) => unknown) | undefined
  send(...args: unknown[]): void {
    this.sent.push(args)
  }
  setWindowOpenHandler(handler: (details: { url: string }) => unknown): void {
    this.openHandler = handler
  }
}

/** Builds one fake Electron; every vi.resetModules() gets a fresh one. */
export function createFakeElectron() {
  const paths: Record<string, string> = {
    userData: '/nonexistent/default-user-data',
    documents: '/nonexistent/Documents',
  }
  let resolveReady: () => void = () => undefined
  const ready = new Promise<void>((resolve) => (resolveReady = resolve))
  const windows: FakeWindow[] = []
  const handlers = new Map<string, Handler>()
  const state = { sandboxed: false, lockTaken: false, quitDone: false }
  /** Schemes registered as privileged (before ready, as Electron demands) and their handlers. */
  const schemes = {
    privileged: [] as Array<{ scheme: string; privileges?: Record<string, boolean> }>,
    registeredBeforeReady: false,
    handlers: new Map<string, (request: Request) => Promise<Response>>(),
  }
  let isReady = false
  void ready.then(() => (isReady = true))

  const app = Object.assign(new EventEmitter(), {
    isPackaged: true,
    setPath: (name: string, value: string) => {
      paths[name] = value
    },
    getPath: (name: string) => paths[name] ?? '',
    getVersion: () => '0.1.0-test',
    enableSandbox: () => {
      state.sandboxed = true
    },
    requestSingleInstanceLock: () => !state.lockTaken,
    setAppUserModelId: () => undefined,
    whenReady: () => ready,
    isReady: () => true,
    quit: () => {
      let prevented = false
      app.emit('before-quit', {
        preventDefault: () => {
          prevented = true
        },
      })
      if (prevented) return
      for (const window of [...windows]) window.close()
      state.quitDone = true
      app.emit('fake-quit-done')
    },
  })

  class FakeWindow extends EventEmitter {
    readonly webContents = new FakeWebContents()
    loaded: [string, string] | undefined
    shown = false
    constructor(readonly options: { webPreferences?: Record<string, unknown> }) {
      super()
      windows.push(this)
      app.emit('web-contents-created', {}, this.webContents)
    }
    loadFile(path: string) {
      this.loaded = ['file', path]
      return Promise.resolve()
    }
    loadURL(url: string) {
      this.loaded = ['url', url]
      return Promise.resolve()
    }
    getNormalBounds() {
      return { x: 10, y: 20, width: 1300, height: 850 }
    }
    isMaximized() {
      return false
    }
    isMinimized() {
      return false
    }
    isDestroyed() {
      return false
    }
    show() {
      this.shown = true
    }
    focus() {}
    restore() {}
    maximize() {}
    close() {
      this.emit('close', { preventDefault: () => undefined })
      windows.splice(windows.indexOf(this), 1)
      this.emit('closed')
    }
  }

  const defaultSession: FakeSession = {
    requestHandler: undefined,
    checkHandler: undefined,
    headersListener: undefined,
    spellCheckerLanguages: [],
    availableSpellCheckerLanguages: ['en-US', 'nl'],
    setPermissionRequestHandler(handler) {
      this.requestHandler = handler
    },
    setPermissionCheckHandler(handler) {
      this.checkHandler = handler
    },
    setDevicePermissionHandler: () => undefined,
    setSpellCheckerLanguages(languages) {
      this.spellCheckerLanguages = languages
    },
    webRequest: {
      onHeadersReceived: (listener) => {
        defaultSession.headersListener = listener
      },
    },
  }

  const fromWebContents = (contents: unknown): FakeWindow | null =>
    windows.find((window) => window.webContents === contents) ?? null

  const menu = { current: undefined as undefined | { template: Template[] } }
  /** What the next save dialog answers (a test sets it); every dialog's arguments are kept. */
  const saveDialog = {
    answer: { canceled: true, filePath: undefined } as { canceled: boolean; filePath?: string },
    calls: [] as unknown[][],
  }
  const openedPaths: string[] = []
  const opened: string[] = []
  const messageBoxes: unknown[][] = []
  const errorBoxes: unknown[][] = []

  return {
    app,
    // Cast drops EventEmitter's static members, which declaration output cannot name.
    BrowserWindow: Object.assign(
      FakeWindow as new (options: { webPreferences?: Record<string, unknown> }) => FakeWindow,
      { fromWebContents },
    ),
    ipcMain: {
      handle: (channel: string, handler: Handler) => {
        if (handlers.has(channel)) throw new Error(`second handler for ${channel}`)
        handlers.set(channel, handler)
      },
    },
    session: { defaultSession },
    protocol: {
      registerSchemesAsPrivileged: (list: typeof schemes.privileged) => {
        if (schemes.privileged.length > 0) throw new Error('registerSchemesAsPrivileged called twice')
        schemes.privileged.push(...list)
        schemes.registeredBeforeReady = !isReady
      },
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
        if (!isReady) throw new Error('protocol.handle before ready')
        schemes.handlers.set(scheme, handler)
      },
    },
    Menu: {
      buildFromTemplate: (template: Template[]) => ({ template }),
      setApplicationMenu: (built: { template: Template[] }) => {
        menu.current = built
      },
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1050 } }] },
    dialog: {
      showErrorBox: (...args: unknown[]) => errorBoxes.push(args),
      showMessageBox: async (...args: unknown[]) => {
        messageBoxes.push(args)
        return { response: 0 }
      },
      showSaveDialog: async (...args: unknown[]) => {
        saveDialog.calls.push(args)
        return saveDialog.answer
      },
    },
    // A stand-in for the keychain: reversible, but never the plain text on disk.
    safeStorage: {
      isEncryptionAvailable: () => true,
      encryptString: (plain: string) => Buffer.from(plain, 'utf8').reverse(),
      decryptString: (encrypted: Buffer) => Buffer.from(encrypted).reverse().toString('utf8'),
    },
    shell: {
      openExternal: async (url: string) => {
        opened.push(url)
      },
      openPath: async (path: string) => {
        openedPaths.push(path)
        return ''
      },
    },
    fake: {
      state,
      schemes,
      windows,
      handlers,
      menu,
      opened,
      messageBoxes,
      errorBoxes,
      saveDialog,
      openedPaths,
      resolveReady: () => resolveReady(),
    },
  }
}

export type FakeElectron = ReturnType<typeof createFakeElectron>
