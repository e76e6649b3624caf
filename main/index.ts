import { join } from 'node:path'
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  safeStorage,
  protocol,
  screen,
  session,
  shell,
  type WebContents,
} from 'electron'
import { type Language } from '../shared/model/vocabulary'
import { APP_INDEX_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol'
import { dataDirOverride } from './electron-data-dir'
import { startRuntime, type Runtime } from './host/runtime'
import {
  encryptedSecretStore,
  SYNC_SECRET_FILE,
  type StringEncryptor,
} from './services/sync/encrypted-secret-store'
import { registerIpc } from './ipc'
import { buildMenuTemplate } from './menu'
import { createMenuActions, type ShellMessage } from './menu-actions'
import { MENU_CHANNEL, type MenuCommand } from './menu-commands'
import { createDesktopFiles } from './desktop-files'
import { type SaveDialogOptionsLike } from './file-dialogs'
import { createPrintToPdf } from './print-to-pdf'
import { createQuitGuard } from './quit-guard'
import { createAppLocation, devServerUrlFrom } from './security/app-location'
import { CONTENT_SECURITY_POLICY } from './security/csp'
import { hardenSession } from './security/harden-session'
import { hardenWebContents } from './security/harden-web-contents'
import { isTrustedSender } from './security/navigation'
import { registerShellIpc } from './shell-ipc'
import { readLanguage, watchLanguage } from './shell-language'
import { createFolderMemory, SHELL_SETTINGS_FILE } from './shell-settings'
import { shellTexts } from './shell-texts'
import { writeSavedFile } from './store/private-files'
import { createMainWindow, SPELLCHECK_LANGUAGES } from './window'
import {
  captureWindowState,
  fitWindowState,
  readWindowState,
  WINDOW_STATE_FILE,
  writeWindowState,
} from './window-state'

// The desktop shell: one hardened window, the API over one IPC channel, a native menu, and a clean
// shutdown that waits for the last write. Everything with logic lives in the modules imported above.

const log = (message: string, error?: unknown): void => {
  if (error === undefined) console.error(message)
  else console.error(message, error)
}

// Before anything else: the data folder decides the single-instance lock and Chromium's profile.
const override = dataDirOverride(process.env, process.cwd())
if (override !== undefined) app.setPath('userData', override)
app.enableSandbox()
// The app's own scheme must be known before the app is ready (see app-protocol.ts).
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  startShell()
}

function startShell(): void {
  if (process.platform === 'win32') app.setAppUserModelId('nl.krachtstroom.coach')
  const dev = !app.isPackaged
  const devServerUrl = devServerUrlFrom(process.env, app.isPackaged)
  const rendererDir = join(__dirname, '../renderer')
  const preloadPath = join(__dirname, '../preload/preload.cjs')
  const location = createAppLocation(devServerUrl)
  const dataDir = app.getPath('userData')
  const windowStateFile = join(dataDir, WINDOW_STATE_FILE)
  const appVersion = app.getVersion()

  let mainWindow: BrowserWindow | null = null
  let language: Language = 'nl'
  let runtime: Runtime | undefined

  // Opening the store needs no Electron, so it starts while Chromium is still starting.
  // The team password is kept encrypted by the operating system (safeStorage), never in the data file.
  const secrets = encryptedSecretStore(
    join(dataDir, SYNC_SECRET_FILE),
    safeStorage as StringEncryptor | undefined,
  )
  const runtimePromise = startRuntime({ dataDir, appVersion, logError: log, secrets })
  runtimePromise.catch(() => undefined) // handled when the app is ready; avoids an early unhandled rejection

  const files = createDesktopFiles<WebContents>({
    showSaveDialog: (sender, options) => showSaveDialog(sender, options),
    writeFile: (path, bytes) => writeSavedFile(path, bytes, dataDir),
    openPath: (path) => shell.openPath(path),
    folders: createFolderMemory(join(dataDir, SHELL_SETTINGS_FILE)),
    defaultFolder: () => app.getPath('documents'),
    texts: () => shellTexts(language),
    log,
  })
  const printToPdf = createPrintToPdf<WebContents>({
    printToPdf: (sender, options) => sender.printToPDF(options),
    files,
    texts: () => shellTexts(language),
    log,
  })

  const openExternal = (url: string): void => {
    // Only vetted https URLs arrive here (see security/navigation.ts). The `/*!` form survives bundling,
    // so the Electronegativity scan of out/ sees the suppression too.
    /*! eng-disable OPEN_EXTERNAL_JS_CHECK */
    void shell.openExternal(url).catch((error: unknown) => log('Link openen mislukte:', error))
  }

  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, { location, openExternal }),
  )
  app.on('second-instance', () => showWindow(mainWindow))
  app.on('before-quit', createQuitGuard({ close: closeRuntime, quit: () => app.quit(), log }))
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('activate', () => {
    if (runtime !== undefined && mainWindow === null) openWindow()
  })

  void app
    .whenReady()
    .then(async () => {
      protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir))
      hardenSession(session.defaultSession, {
        contentSecurityPolicy: devServerUrl === undefined ? CONTENT_SECURITY_POLICY : undefined,
        spellCheckerLanguages: SPELLCHECK_LANGUAGES,
        platform: process.platform,
      })
      try {
        runtime = await runtimePromise
        if (runtime.privacyNotice !== undefined) log(runtime.privacyNotice)
      } catch (error) {
        dialog.showErrorBox(
          shellTexts(language).startFailed,
          `${dataDir}\n\n${error instanceof Error ? error.message : String(error)}`,
        )
        app.quit()
        return
      }
      language = await readLanguage(runtime.dispatch)
      const dispatch = watchLanguage(runtime.dispatch, language, (next) => {
        language = next
        installMenu()
      })
      registerIpc(ipcMain, dispatch, (frame) => isTrustedSender(frame, location))
      registerShellIpc<WebContents>(
        ipcMain,
        { saveFile: files.saveFile, openPath: files.openPath, printToPdf },
        (frame) => isTrustedSender(frame, location),
        () => shellTexts(language),
      )
      installMenu()
      openWindow()
    })
    .catch((error: unknown) => {
      log('Krachtstroom Coach kon niet starten:', error)
      app.quit()
    })

  async function closeRuntime(): Promise<void> {
    const running = await runtimePromise.catch(() => undefined)
    await running?.close()
  }

  function installMenu(): void {
    const current = runtime
    if (current === undefined) return
    const actions = createMenuActions({
      dispatch: current.dispatch,
      dataDir,
      appVersion,
      language: () => language,
      sendToPage,
      showMessage,
      openPath: (path) => shell.openPath(path),
      log,
    })
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(buildMenuTemplate(language, process.platform, actions, { dev })),
    )
  }

  function openWindow(): BrowserWindow {
    const saved = readWindowState(windowStateFile)
    const workAreas = screen.getAllDisplays().map((display) => display.workArea)
    const window = createMainWindow({
      preloadPath,
      pageUrl: devServerUrl ?? APP_INDEX_URL,
      saved: saved === undefined ? undefined : fitWindowState(saved, workAreas),
      dev,
    })
    window.on('close', () => {
      if (
        !writeWindowState(windowStateFile, captureWindowState(window.getNormalBounds(), window.isMaximized()))
      ) {
        log(`Venstergrootte niet bewaard in ${windowStateFile}.`)
      }
    })
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null
    })
    mainWindow = window
    return window
  }

  function sendToPage(command: MenuCommand): void {
    if (mainWindow === null) {
      if (runtime === undefined) return
      const window = openWindow()
      window.webContents.once('did-finish-load', () => window.webContents.send(MENU_CHANNEL, command))
      return
    }
    showWindow(mainWindow)
    mainWindow.webContents.send(MENU_CHANNEL, command)
  }

  async function showSaveDialog(sender: WebContents | undefined, options: SaveDialogOptionsLike) {
    const owner = (sender === undefined ? null : BrowserWindow.fromWebContents(sender)) ?? mainWindow
    return owner === null ? dialog.showSaveDialog(options) : dialog.showSaveDialog(owner, options)
  }

  async function showMessage(message: ShellMessage): Promise<void> {
    const options = { ...message, buttons: [shellTexts(language).ok] }
    if (mainWindow === null) await dialog.showMessageBox(options)
    else await dialog.showMessageBox(mainWindow, options)
  }
}

/** Brings the window to the front (a second start of the app lands here); no window yet is fine. */
function showWindow(window: BrowserWindow | null): void {
  if (window === null || window.isDestroyed()) return
  if (window.isMinimized()) window.restore()
  window.show()
  window.focus()
}
