import { chmod, lstat, readdir, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { errorCode } from './fs-ops'
import { BACKUP_DIR_NAME } from './store-paths'

/**
 * The data folder holds residents' names, phone numbers and door notes: on macOS and Linux it is
 * readable by the coach's own account only. Windows has no such modes; there the data folder lives
 * under the coach's own profile (%APPDATA%), which other accounts cannot read.
 */

/** Mode of every file the app writes in its data folder: read and write for the owner only. */
export const PRIVATE_FILE_MODE = 0o600
/** Mode of the data folder and its backups folder: only the owner may open them. */
export const PRIVATE_FOLDER_MODE = 0o700

/** True where file modes protect files (macOS, Linux); false on Windows. */
export function hasFileModes(platform: NodeJS.Platform = process.platform): boolean {
  return platform !== 'win32'
}

/** Files in the data folder the app itself writes: the store and its temp and set-aside copies, the lock, the shell's own files, backup files. */
const appFilesInDataFolder =
  /^(?:\.?krachtstroom[.-].*|window-state\.json(?:\.\d+\.tmp)?|shell-settings\.json(?:\.\d+\.tmp)?|.*\.kcbackup)$/
/** Files in the backups folder the app writes: backups, the list of kept backups, their temp files. */
const appFilesInBackups = /^(?:krachtstroom-.*|kept-backups)\.json(?:\.\d+\.[0-9a-f]+\.tmp)?$/

/** A file or folder whose mode was made private, for the one line that says so. */
export interface PrivateModeRepair {
  path: string
  /** The permission bits it had, e.g. 0o644. */
  from: number
  to: number
}

/** What {@link makeDataFolderPrivate} did. */
export interface PrivateFolderResult {
  repaired: PrivateModeRepair[]
  /** Set when the folder is shared by design (the sticky bit of /tmp) and was left as it is. */
  sharedFolder?: string
}

async function tighten(
  path: string,
  mode: number,
  kind: 'file' | 'folder',
): Promise<PrivateModeRepair | undefined> {
  let stat
  try {
    stat = await lstat(path)
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined
    throw error
  }
  if (kind === 'file' ? !stat.isFile() : !stat.isDirectory()) return undefined
  const current = stat.mode & 0o777
  if (current === mode) return undefined
  await chmod(path, mode)
  return { path, from: current, to: mode }
}

/**
 * Makes an existing data folder private: the folder and `backups/` 0700, and every file the app
 * writes there 0600 (the store, its temp files and set-aside copies, the lock, backups, backup files
 * saved there, the desktop shell's own small files). Other files in the folder are left alone, and so
 * is a folder with the sticky bit (a shared folder such as /tmp: choose a folder of your own). Files
 * written from now on get these modes when they are created. Does nothing on Windows. Answers what
 * changed, so the host can say so once.
 */
export async function makeDataFolderPrivate(
  dataDir: string,
  platform: NodeJS.Platform = process.platform,
): Promise<PrivateFolderResult> {
  if (!hasFileModes(platform)) return { repaired: [] }
  let folder
  try {
    folder = await lstat(dataDir)
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { repaired: [] }
    throw error
  }
  if (!folder.isDirectory()) return { repaired: [] }
  if ((folder.mode & 0o1000) !== 0) return { repaired: [], sharedFolder: dataDir }
  const repaired: PrivateModeRepair[] = []
  const keep = (repair: PrivateModeRepair | undefined) => {
    if (repair) repaired.push(repair)
  }
  keep(await tighten(dataDir, PRIVATE_FOLDER_MODE, 'folder'))
  for (const entry of await readdir(dataDir)) {
    if (appFilesInDataFolder.test(entry)) keep(await tighten(join(dataDir, entry), PRIVATE_FILE_MODE, 'file'))
  }
  const backups = join(dataDir, BACKUP_DIR_NAME)
  keep(await tighten(backups, PRIVATE_FOLDER_MODE, 'folder'))
  const backupEntries = await readdir(backups).catch(() => [] as string[])
  for (const entry of backupEntries) {
    if (appFilesInBackups.test(entry)) keep(await tighten(join(backups, entry), PRIVATE_FILE_MODE, 'file'))
  }
  return { repaired }
}

/** The one line the hosts print when they had to make the data folder private. */
export function describePrivateFolder(result: PrivateFolderResult): string | undefined {
  if (result.sharedFolder !== undefined)
    return `Let op: de gegevensmap ${result.sharedFolder} is een gedeelde map (zoals /tmp); andere gebruikers van deze computer kunnen er misschien bij. Kies een eigen map met --data-dir.`
  if (result.repaired.length === 0) return undefined
  const files = result.repaired.filter((repair) => repair.to === PRIVATE_FILE_MODE).length
  const folders = result.repaired.length - files
  const parts = [
    folders > 0 ? `${folders} ${folders === 1 ? 'map' : 'mappen'}` : '',
    files > 0 ? `${files} ${files === 1 ? 'bestand' : 'bestanden'}` : '',
  ].filter((part) => part !== '')
  return `De gegevensmap is afgeschermd: ${parts.join(' en ')} ${result.repaired.length === 1 ? 'was' : 'waren'} ook leesbaar voor andere gebruikers van deze computer en ${result.repaired.length === 1 ? 'is' : 'zijn'} nu alleen voor jou.`
}

/**
 * Writes a file the coach saved with the save dialog. A backup file (.kcbackup), or any file saved in
 * the data folder itself, is made private (0600), also when it replaces an existing file; other
 * files (reports, exports in Documenten) get the usual mode.
 */
export async function writeSavedFile(
  path: string,
  bytes: Uint8Array,
  dataDir: string,
  platform: NodeJS.Platform = process.platform,
): Promise<void> {
  const isPrivate = path.toLowerCase().endsWith('.kcbackup') || resolve(dirname(path)) === resolve(dataDir)
  if (!isPrivate || !hasFileModes(platform)) {
    await writeFile(path, bytes)
    return
  }
  await writeFile(path, bytes, { mode: PRIVATE_FILE_MODE })
  // `mode` only applies to a new file; one that was replaced keeps its old mode unless changed.
  await chmod(path, PRIVATE_FILE_MODE)
}
