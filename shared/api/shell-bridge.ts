/**
 * The desktop shell's own bridge (`window.krachtstroomShell`), next to the API contract: the menu
 * commands main sends to the page, and the few native things the page may ask of the shell (save a
 * file with a save dialog, open a file the app just saved, print the window to PDF). Pure names and
 * types, so the preload script, main and the renderer share them without zod or Electron.
 */

/** Menu commands the main process forwards to the page; the page shows the screen for them. */
export const menuCommands = [
  'new-programme',
  'switch-programme',
  'restore-backup',
  'save-backup-file',
  'import-addresses',
  'make-report',
  'presentation',
] as const
/** One menu command. */
export type MenuCommand = (typeof menuCommands)[number]

/** The channel main sends menu commands on: `webContents.send(MENU_CHANNEL, command)`. */
export const MENU_CHANNEL = 'krachtstroom:menu'

/** The one invoke channel of the shell bridge: `invoke(SHELL_CHANNEL, method, input)`. */
export const SHELL_CHANNEL = 'krachtstroom:shell'

/** The shell bridge's methods besides `onMenuCommand`. */
export const shellMethodNames = ['saveFile', 'openPath', 'printToPdf'] as const
/** One shell bridge method. */
export type ShellMethod = (typeof shellMethodNames)[number]

/** What a saved file is; each kind remembers its own last folder. */
export const fileKinds = ['report', 'export', 'backup', 'pdf'] as const
/** One kind of saved file. */
export type FileKind = (typeof fileKinds)[number]

/** File name extensions the shell saves (lower case, without the dot). */
export const savableExtensions = ['docx', 'xlsx', 'csv', 'ics', 'json', 'kcbackup', 'pdf'] as const

/** `saveFile`: bytes (base64) the page has, saved where the coach chooses. */
export interface SaveFileRequest {
  /** The suggested name, e.g. "Voortgangsrapportage 2026-11-28.docx"; no folders. */
  fileName: string
  base64: string
  kind: FileKind
}

/** `printToPdf`: the window as it prints (its print stylesheet), saved as a PDF. */
export interface PrintToPdfRequest {
  /** The suggested name, ending in ".pdf". */
  fileName: string
  landscape: boolean
}

/**
 * The answer of `saveFile` and `printToPdf`: where the file went, or that nothing was saved (the
 * coach cancelled, or `error` says in Dutch why it failed).
 */
export type SaveFileResult = { saved: true; path: string } | { saved: false; error?: string }

/** The answer of `openPath`. */
export type OpenPathResult = { opened: true } | { opened: false; error: string }

/** `window.krachtstroomShell`: present only in the desktop app. */
export interface KrachtstroomShellBridge {
  /** Calls `listener` with each menu command; returns a function that stops listening. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  /** Shows a save dialog (in the last folder used for `kind`) and writes the file there. */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>
  /** Opens a file the app saved in this session with its usual program (e.g. Word). */
  openPath(path: string): Promise<OpenPathResult>
  /** Prints the window to PDF and saves it through the save dialog (kind "pdf"). */
  printToPdf(request: PrintToPdfRequest): Promise<SaveFileResult>
}

/** True when `value` is a known menu command. */
export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (menuCommands as readonly string[]).includes(value)
}
