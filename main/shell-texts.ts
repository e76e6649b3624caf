import { type Language } from '../shared/model/vocabulary'

/** Every word the desktop shell shows itself (menus, native dialogs), in Dutch and English. */
export interface ShellTexts {
  file: string
  newProgramme: string
  createBackup: string
  quit: string
  quitMac: string
  edit: string
  undo: string
  redo: string
  cut: string
  copy: string
  paste: string
  pasteAndMatchStyle: string
  delete: string
  selectAll: string
  view: string
  reload: string
  toggleDevTools: string
  zoomIn: string
  zoomOut: string
  resetZoom: string
  fullScreen: string
  window: string
  help: string
  about: string
  openDataFolder: string
  services: string
  hide: string
  hideOthers: string
  showAll: string
  aboutDetail: (version: string, dataDir: string) => string
  backupDone: string
  backupDoneDetail: (createdAt: string) => string
  backupFailed: string
  openFolderFailed: string
  startFailed: string
  ok: string
}

const nl: ShellTexts = {
  file: 'Bestand',
  newProgramme: 'Nieuw programma…',
  createBackup: 'Back-up maken',
  quit: 'Afsluiten',
  quitMac: 'Krachtstroom Coach afsluiten',
  edit: 'Bewerken',
  undo: 'Ongedaan maken',
  redo: 'Opnieuw',
  cut: 'Knippen',
  copy: 'Kopiëren',
  paste: 'Plakken',
  pasteAndMatchStyle: 'Plakken en stijl aanpassen',
  delete: 'Verwijderen',
  selectAll: 'Alles selecteren',
  view: 'Beeld',
  reload: 'Herladen',
  toggleDevTools: 'Ontwikkelaarshulpmiddelen',
  zoomIn: 'Inzoomen',
  zoomOut: 'Uitzoomen',
  resetZoom: 'Ware grootte',
  fullScreen: 'Volledig scherm',
  window: 'Venster',
  help: 'Help',
  about: 'Over Krachtstroom Coach',
  openDataFolder: 'Gegevensmap openen',
  services: 'Diensten',
  hide: 'Krachtstroom Coach verbergen',
  hideOthers: 'Andere verbergen',
  showAll: 'Alles tonen',
  aboutDetail: (version, dataDir) =>
    `Versie ${version}\n\nUw gegevens blijven op deze computer, in:\n${dataDir}`,
  backupDone: 'Back-up gemaakt',
  backupDoneDetail: (createdAt) => `De back-up van ${createdAt} staat in de gegevensmap.`,
  backupFailed: 'De back-up is niet gelukt',
  openFolderFailed: 'De gegevensmap kon niet worden geopend',
  startFailed: 'Krachtstroom Coach kan niet starten',
  ok: 'OK',
}

const en: ShellTexts = {
  file: 'File',
  newProgramme: 'New programme…',
  createBackup: 'Make backup',
  quit: 'Quit',
  quitMac: 'Quit Krachtstroom Coach',
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  pasteAndMatchStyle: 'Paste and Match Style',
  delete: 'Delete',
  selectAll: 'Select All',
  view: 'View',
  reload: 'Reload',
  toggleDevTools: 'Developer Tools',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  resetZoom: 'Actual Size',
  fullScreen: 'Full Screen',
  window: 'Window',
  help: 'Help',
  about: 'About Krachtstroom Coach',
  openDataFolder: 'Open data folder',
  services: 'Services',
  hide: 'Hide Krachtstroom Coach',
  hideOthers: 'Hide Others',
  showAll: 'Show All',
  aboutDetail: (version, dataDir) =>
    `Version ${version}\n\nYour data stays on this computer, in:\n${dataDir}`,
  backupDone: 'Backup made',
  backupDoneDetail: (createdAt) => `The backup of ${createdAt} is in the data folder.`,
  backupFailed: 'The backup failed',
  openFolderFailed: 'The data folder could not be opened',
  startFailed: 'Krachtstroom Coach cannot start',
  ok: 'OK',
}

/** The shell's words in `language`. */
export function shellTexts(language: Language): ShellTexts {
  return language === 'en' ? en : nl
}
