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

/**
 * The menu's actions: screens (nieuw programma, programma wisselen, terugzetten, back-up als bestand
 * bewaren — which asks for a passphrase —, importeren, rapport, presentatie) are the page's, so those
 * commands go to the page; "Back-up maken", "Gegevensmap openen" and "Over" are handled here with
 * native dialogs, so they work whatever screen the page shows.
 */
export function createMenuActions(deps: MenuActionDeps): MenuActions {
  const texts = () => shellTexts(deps.language())
  return {
    newProgramme: () => deps.sendToPage('new-programme'),
    switchProgramme: () => deps.sendToPage('switch-programme'),
    restoreBackup: () => deps.sendToPage('restore-backup'),
    importAddresses: () => deps.sendToPage('import-addresses'),
    makeReport: () => deps.sendToPage('make-report'),
    presentation: () => deps.sendToPage('presentation'),
    // The passphrase the file is encrypted with is asked on the page.
    saveBackupFile: () => deps.sendToPage('save-backup-file'),
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
