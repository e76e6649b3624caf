import { type MenuItemConstructorOptions } from 'electron'
import { type Language } from '../shared/model/vocabulary'
import { shellTexts, type ShellTexts } from './shell-texts'

/** What the menu items do; index.ts wires them to the window, the runtime and native dialogs. */
export interface MenuActions {
  /** Asks the page to show the "Nieuw programma" form. */
  newProgramme(): void
  /** Asks the page to open its programme switcher. */
  switchProgramme(): void
  createBackup(): void
  /** Saves the whole store as a .kcbackup file through the save dialog. */
  saveBackupFile(): void
  /** Asks the page to show Instellingen → back-ups (restore from a backup or a file). */
  restoreBackup(): void
  /** Asks the page to show the address import. */
  importAddresses(): void
  /** Asks the page to show Rapporten. */
  makeReport(): void
  /** Asks the page to show the presentation. */
  presentation(): void
  openDataFolder(): void
  showAbout(): void
}

/** Extra switches for the menu. */
export interface MenuOptions {
  /** Development build: adds Herladen and the developer tools to Beeld. */
  dev?: boolean
}

type Item = MenuItemConstructorOptions

/**
 * The application menu: Bestand, Bewerken, Beeld, (Venster on macOS) and Help, in Dutch or English,
 * with each platform's usual shortcuts. On macOS the app menu comes first and holds Over and
 * Afsluiten, as Mac users expect. Pure: Menu.buildFromTemplate turns it into the real menu.
 */
export function buildMenuTemplate(
  language: Language,
  platform: NodeJS.Platform,
  actions: MenuActions,
  options: MenuOptions = {},
): Item[] {
  const t = shellTexts(language)
  const mac = platform === 'darwin'
  const mod = mac ? 'Cmd' : 'Ctrl'
  const separator: Item = { type: 'separator' }

  const file: Item = {
    label: t.file,
    submenu: [
      {
        id: 'new-programme',
        label: t.newProgramme,
        accelerator: `${mod}+N`,
        click: () => actions.newProgramme(),
      },
      {
        id: 'switch-programme',
        label: t.switchProgramme,
        accelerator: `${mod}+O`,
        click: () => actions.switchProgramme(),
      },
      separator,
      { id: 'create-backup', label: t.createBackup, click: () => actions.createBackup() },
      { id: 'save-backup-file', label: t.saveBackupFile, click: () => actions.saveBackupFile() },
      { id: 'restore-backup', label: t.restoreBackup, click: () => actions.restoreBackup() },
      separator,
      { id: 'import-addresses', label: t.importAddresses, click: () => actions.importAddresses() },
      { id: 'make-report', label: t.makeReport, click: () => actions.makeReport() },
      ...(mac ? [] : [separator, quitItem(t, platform)]),
    ],
  }

  const edit: Item = {
    label: t.edit,
    submenu: [
      { role: 'undo', label: t.undo },
      { role: 'redo', label: t.redo },
      separator,
      { role: 'cut', label: t.cut },
      { role: 'copy', label: t.copy },
      { role: 'paste', label: t.paste },
      ...(mac ? [{ role: 'pasteAndMatchStyle', label: t.pasteAndMatchStyle } as const] : []),
      { role: 'delete', label: t.delete },
      separator,
      { role: 'selectAll', label: t.selectAll },
    ],
  }

  const devItems: Item[] = options.dev
    ? [
        { role: 'reload', label: t.reload, accelerator: `${mod}+R` },
        { role: 'toggleDevTools', label: t.toggleDevTools, accelerator: mac ? 'Alt+Cmd+I' : 'Ctrl+Shift+I' },
        separator,
      ]
    : []
  const view: Item = {
    label: t.view,
    submenu: [
      ...devItems,
      {
        id: 'presentation',
        label: t.presentation,
        // PowerPoint's own shortcut to start a slide show on each platform.
        accelerator: mac ? 'Cmd+Shift+Enter' : 'F5',
        click: () => actions.presentation(),
      },
      { role: 'togglefullscreen', label: t.fullScreen, accelerator: mac ? 'Ctrl+Cmd+F' : 'F11' },
      separator,
      { role: 'zoomIn', label: t.zoomIn, accelerator: `${mod}+=` },
      { role: 'zoomOut', label: t.zoomOut, accelerator: `${mod}+-` },
      { role: 'resetZoom', label: t.resetZoom, accelerator: `${mod}+0` },
    ],
  }

  const about: Item = { id: 'about', label: t.about, click: () => actions.showAbout() }
  const openDataFolder: Item = {
    id: 'open-data-folder',
    label: t.openDataFolder,
    click: () => actions.openDataFolder(),
  }
  const help: Item = {
    role: 'help',
    label: t.help,
    submenu: mac ? [openDataFolder] : [about, separator, openDataFolder],
  }

  if (!mac) return [file, edit, view, help]

  const appMenu: Item = {
    label: 'Krachtstroom Coach',
    submenu: [
      about,
      separator,
      { role: 'services', label: t.services },
      separator,
      { role: 'hide', label: t.hide },
      { role: 'hideOthers', label: t.hideOthers },
      { role: 'unhide', label: t.showAll },
      separator,
      quitItem(t, platform),
    ],
  }
  const windowMenu: Item = { role: 'windowMenu', label: t.window }
  return [appMenu, file, edit, view, windowMenu, help]
}

function quitItem(t: ShellTexts, platform: NodeJS.Platform): Item {
  if (platform === 'darwin') return { role: 'quit', label: t.quitMac, accelerator: 'Cmd+Q' }
  return { role: 'quit', label: t.quit, accelerator: platform === 'win32' ? 'Alt+F4' : 'Ctrl+Q' }
}
