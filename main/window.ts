import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron'
import { type WindowState } from './window-state'

/** Window title; the renderer may refine it per page. */
export const WINDOW_TITLE = 'Krachtstroom Coach'

/** Shown before the first paint, so the window never flashes; the page's --app-background (global.css). */
export const WINDOW_BACKGROUND_COLOUR = '#f4f6f5'

/** Size when nothing is remembered, and the smallest size at which every screen still works. */
export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const
export const MINIMUM_WINDOW_SIZE = { width: 1000, height: 680 } as const

/** Spell-check languages for the window's session: Dutch first, then English. */
export const SPELLCHECK_LANGUAGES = ['nl', 'en-US'] as const

/** Extra switches for createMainWindowOptions. */
export interface MainWindowFlags {
  /** Development build: developer tools available. Off in the packaged app. */
  dev?: boolean
}

/**
 * The options of the app's one window: a sandboxed, context-isolated renderer without Node, with the
 * web's security model fully on and nothing experimental. `saved` is the remembered size and position
 * (already fitted to the current screens).
 */
export function createMainWindowOptions(
  preloadPath: string,
  saved?: WindowState,
  flags: MainWindowFlags = {},
): BrowserWindowConstructorOptions {
  const position = saved?.x !== undefined && saved.y !== undefined ? { x: saved.x, y: saved.y } : {}
  return {
    title: WINDOW_TITLE,
    width: Math.max(saved?.width ?? DEFAULT_WINDOW_SIZE.width, MINIMUM_WINDOW_SIZE.width),
    height: Math.max(saved?.height ?? DEFAULT_WINDOW_SIZE.height, MINIMUM_WINDOW_SIZE.height),
    ...position,
    minWidth: MINIMUM_WINDOW_SIZE.width,
    minHeight: MINIMUM_WINDOW_SIZE.height,
    show: false,
    backgroundColor: WINDOW_BACKGROUND_COLOUR,
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: true,
      navigateOnDragDrop: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
      devTools: flags.dev === true,
    },
  }
}

/** What createMainWindow needs to know. */
export interface MainWindowSetup {
  preloadPath: string
  /**
   * The page to load: the built app through its scheme (`app://krachtstroom/index.html`, see
   * app-protocol.ts) or, during `npm run dev`, the vetted dev server URL (see `devServerUrlFrom`).
   */
  pageUrl: string
  saved: WindowState | undefined
  dev: boolean
}

/**
 * Creates the window, shows it once its first frame is ready (maximised if it was) and loads the app
 * from `pageUrl`. Never from file://: the app's scheme serves it like the web host does.
 */
export function createMainWindow(setup: MainWindowSetup): BrowserWindow {
  const options = createMainWindowOptions(setup.preloadPath, setup.saved, { dev: setup.dev })
  // Electronegativity cannot see through the function call; the options are the hardened ones above,
  // pinned down by test/unit/electron/window.test.ts.
  /* eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK NODE_INTEGRATION_JS_CHECK */
  const window = new BrowserWindow(options)
  window.once('ready-to-show', () => {
    if (setup.saved?.maximized === true) window.maximize()
    window.show()
  })
  window
    .loadURL(setup.pageUrl)
    .catch((error: unknown) => console.error('Het venster kon de app niet laden:', error))
  return window
}
