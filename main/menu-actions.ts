import { type SaveFileResult } from '../shared/api/shell-bridge'
import { type Language } from '../shared/model/vocabulary'
import { type MenuActions } from './menu'
import { type MenuCommand } from './menu-commands'
import { type Dispatch } from './services/types'
import { shellTexts } from './shell-texts'

/** A native message box, reduced to what the menu needs. */
export interface ShellMessage {
  type: 'info' | 'error'
  title: string
  message: string
  detail?: string
}

/** What the menu's actions reach for; index.ts passes Electron's dialog, shell and window. */
export interface MenuActionDeps {
  dispatch: Dispatch
  dataDir: string
  appVersion: string
  language: () => Language
  /** Sends a command to the page (showing the window first). */
  sendToPage: (command: MenuCommand) => void
  showMessage: (message: ShellMessage) => Promise<void>
  /** `shell.openPath`: resolves with an error message, or '' on success. */
  openPath: (path: string) => Promise<string>
  /** Saves bytes through the save dialog (see desktop-files.ts `saveBytes`). */
  saveBytes: (fileName: string, bytes: Uint8Array, kind: 'backup') => Promise<SaveFileResult>
  log: (message: string, error?: unknown) => void
}

/** The createdAt of a backup result, as a local date and time in the coach's language. */
export function describeBackupTime(value: unknown, language: Language): string {
  const createdAt =
    typeof value === 'object' && value !== null ? (value as { createdAt?: unknown }).createdAt : undefined
  const date = typeof createdAt === 'string' ? new Date(createdAt) : new Date(Number.NaN)
  if (Number.isNaN(date.getTime())) return ''
  return date.toLocaleString(language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long', timeStyle: 'short' })
}

/** A backup file as `backup.exportFile` answers it, or undefined for anything else. */
function backupFileOf(value: unknown): { fileName: string; base64: string } | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const { fileName, base64 } = value as { fileName?: unknown; base64?: unknown }
  return typeof fileName === 'string' && typeof base64 === 'string' ? { fileName, base64 } : undefined
}

/**
 * The menu's actions: screens (nieuw programma, programma wisselen, terugzetten, importeren, rapport,
 * presentatie) are the page's, so those commands go to the page; "Back-up maken", "Back-up als
 * bestand bewaren", "Gegevensmap openen" and "Over" are handled here with native dialogs, so they
 * work whatever screen the page shows.
 */
export function createMenuActions(deps: MenuActionDeps): MenuActions {
  const texts = () => shellTexts(deps.language())
  const saveBackupFile = async (): Promise<void> => {
    const response = await deps.dispatch('backup.exportFile', {})
    const t = texts()
    const file = response.ok ? backupFileOf(response.value) : undefined
    if (!response.ok || file === undefined) {
      const detail = response.ok ? '' : response.error.message
      await deps.showMessage({ type: 'error', title: t.backupFailed, message: t.backupFailed, detail })
      return
    }
    const result = await deps.saveBytes(file.fileName, Buffer.from(file.base64, 'base64'), 'backup')
    if (result.saved) {
      await deps.showMessage({
        type: 'info',
        title: t.backupFileSaved,
        message: t.backupFileSaved,
        detail: t.backupFileSavedDetail(result.path),
      })
    } else if (result.error !== undefined) {
      await deps.showMessage({
        type: 'error',
        title: t.backupFailed,
        message: t.backupFailed,
        detail: result.error,
      })
    }
  }
  return {
    newProgramme: () => deps.sendToPage('new-programme'),
    switchProgramme: () => deps.sendToPage('switch-programme'),
    restoreBackup: () => deps.sendToPage('restore-backup'),
    importAddresses: () => deps.sendToPage('import-addresses'),
    makeReport: () => deps.sendToPage('make-report'),
    presentation: () => deps.sendToPage('presentation'),
    saveBackupFile: () => {
      saveBackupFile().catch((error: unknown) =>
        deps.log('Back-up als bestand bewaren via het menu mislukte:', error),
      )
    },
    createBackup: () => {
      void (async () => {
        const response = await deps.dispatch('backup.create', {})
        const t = texts()
        await deps.showMessage(
          response.ok
            ? {
                type: 'info',
                title: t.backupDone,
                message: t.backupDone,
                detail: t.backupDoneDetail(describeBackupTime(response.value, deps.language())),
              }
            : {
                type: 'error',
                title: t.backupFailed,
                message: t.backupFailed,
                detail: response.error.message,
              },
        )
      })().catch((error: unknown) => deps.log('Back-up maken via het menu mislukte:', error))
    },
    openDataFolder: () => {
      void deps
        .openPath(deps.dataDir)
        .then(async (error) => {
          if (error === '') return
          const t = texts()
          await deps.showMessage({
            type: 'error',
            title: t.openFolderFailed,
            message: t.openFolderFailed,
            detail: `${deps.dataDir}\n${error}`,
          })
        })
        .catch((error: unknown) => deps.log('De gegevensmap openen mislukte:', error))
    },
    showAbout: () => {
      const t = texts()
      void deps
        .showMessage({
          type: 'info',
          title: t.about,
          message: 'Krachtstroom Coach',
          detail: t.aboutDetail(deps.appVersion, deps.dataDir),
        })
        .catch((error: unknown) => deps.log('Het venster "Over" kon niet worden getoond:', error))
    },
  }
}
