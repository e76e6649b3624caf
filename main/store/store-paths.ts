import { type BackupInfo } from '../../shared/api'

/** The store file's name inside the data folder. */
export const STORE_FILE_NAME = 'krachtstroom.json'
/** The backups folder's name inside the data folder. */
export const BACKUP_DIR_NAME = 'backups'

/** A backup's kind, as in its file name. */
export type BackupKind = BackupInfo['kind']
/** All backup kinds. */
export const backupKinds: readonly BackupKind[] = ['daily', 'manual', 'before-migration', 'before-restore']

const pad = (value: number, width = 2): string => String(value).padStart(width, '0')

/** `yyyyMMdd` of `date` in local time (the coach's calendar day). */
export function formatDay(date: Date): string {
  return `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}`
}

/** `yyyyMMdd-HHmmss` of `date` in local time, as used in backup and aside-file names. */
export function formatStamp(date: Date): string {
  return `${formatDay(date)}-${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`
}

/** A backup file name taken apart. */
export interface BackupName {
  id: string
  kind: BackupKind
  /** `yyyyMMdd` */
  day: string
  /** When it was made (local time from the name). */
  createdAt: Date
  /** Tie-breaker for backups made within the same second. */
  sequence: number
}

const BACKUP_NAME =
  /^krachtstroom-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})(?:-(\d{1,4}))?-(daily|manual|before-migration|before-restore)\.json$/

/** The file name of a backup: `krachtstroom-<yyyyMMdd-HHmmss>[-<n>]-<kind>.json`. */
export function backupFileName(kind: BackupKind, date: Date, sequence = 0): string {
  return `krachtstroom-${formatStamp(date)}${sequence > 0 ? `-${sequence}` : ''}-${kind}.json`
}

/** Parses a backup file name; `undefined` for any other file. */
export function parseBackupFileName(fileName: string): BackupName | undefined {
  const match = BACKUP_NAME.exec(fileName)
  if (!match) return undefined
  const [, y, mo, d, h, mi, s, seq, kind] = match
  const createdAt = new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s))
  if (Number.isNaN(createdAt.getTime())) return undefined
  return {
    id: fileName,
    kind: kind as BackupKind,
    day: `${y}${mo}${d}`,
    createdAt,
    sequence: seq === undefined ? 0 : Number(seq),
  }
}

/** Orders backups newest first (by time in the name, then sequence, then name). */
export function compareBackupsNewestFirst(a: BackupName, b: BackupName): number {
  return (
    b.createdAt.getTime() - a.createdAt.getTime() ||
    b.sequence - a.sequence ||
    (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)
  )
}
