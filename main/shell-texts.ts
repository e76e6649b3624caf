import { type FileKind } from '../shared/api/shell-bridge'
import { type Language } from '../shared/model/vocabulary'

/** Every word the desktop shell shows itself (menus, native dialogs), in Dutch and English. */
export interface ShellTexts {
  file: string
  newProgramme: string
  switchProgramme: string
  createBackup: string
  saveBackupFile: string
  restoreBackup: string
  importAddresses: string
  makeReport: string
  presentation: string
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
  /** Title of the save dialog per kind of file. */
  saveTitle: Record<FileKind, string>
  /** Name of a file type in the save dialog, by extension. */
  fileTypes: Record<string, string>
  allFiles: string
  saveFailed: (fileName: string, reason: string) => string
  openRefused: string
  openFailed: (reason: string) => string
  pdfFailed: (reason: string) => string
  foreignSender: string
}

const nl: ShellTexts = {
  file: 'Bestand',
  newProgramme: 'Nieuw programma…',
  switchProgramme: 'Programma wisselen…',
  createBackup: 'Back-up maken',
  saveBackupFile: 'Back-up als bestand bewaren…',
  restoreBackup: 'Back-up terugzetten…',
  importAddresses: 'Adressen importeren…',
  makeReport: 'Rapport maken…',
  presentation: 'Presentatie',
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
  resetZoom: 'Werkelijke grootte',
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
  saveTitle: {
    report: 'Rapport bewaren',
    export: 'Export bewaren',
    backup: 'Back-up als bestand bewaren',
    pdf: 'PDF bewaren',
  },
  fileTypes: {
    docx: 'Word-document',
    xlsx: 'Excel-werkmap',
    csv: 'CSV-bestand',
    ics: 'Agenda-bestand',
    json: 'JSON-bestand',
    kcbackup: 'Krachtstroom-back-up',
    pdf: 'PDF-document',
  },
  allFiles: 'Alle bestanden',
  saveFailed: (fileName, reason) => `${fileName} kon niet worden bewaard: ${reason}`,
  openRefused: 'De app opent alleen bestanden die hij zelf net heeft bewaard.',
  openFailed: (reason) => `Het bestand kon niet worden geopend: ${reason}`,
  pdfFailed: (reason) => `De PDF kon niet worden gemaakt: ${reason}`,
  foreignSender: 'Deze aanvraag komt niet van Krachtstroom Coach zelf en is geweigerd.',
}

const en: ShellTexts = {
  file: 'File',
  newProgramme: 'New programme…',
  switchProgramme: 'Switch programme…',
  createBackup: 'Make backup',
  saveBackupFile: 'Save backup as a file…',
  restoreBackup: 'Restore backup…',
  importAddresses: 'Import addresses…',
  makeReport: 'Make report…',
  presentation: 'Presentation',
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
  saveTitle: {
    report: 'Save report',
    export: 'Save export',
    backup: 'Save backup as a file',
    pdf: 'Save PDF',
  },
  fileTypes: {
    docx: 'Word document',
    xlsx: 'Excel workbook',
    csv: 'CSV file',
    ics: 'Calendar file',
    json: 'JSON file',
    kcbackup: 'Krachtstroom backup',
    pdf: 'PDF document',
  },
  allFiles: 'All files',
  saveFailed: (fileName, reason) => `${fileName} could not be saved: ${reason}`,
  openRefused: 'The app only opens files it has just saved itself.',
  openFailed: (reason) => `The file could not be opened: ${reason}`,
  pdfFailed: (reason) => `The PDF could not be made: ${reason}`,
  foreignSender: 'This request does not come from Krachtstroom Coach itself and was refused.',
}

/** The shell's words in `language`. */
export function shellTexts(language: Language): ShellTexts {
  return language === 'en' ? en : nl
}
