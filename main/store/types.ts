import { type BackupInfo, type StoreProblem } from '../../shared/api'
import { type StoreData } from '../../shared/model'

/**
 * The loaded store. Only the main process / web host holds one, and every change goes through its
 * single write queue.
 */
export interface Store {
  /** Absolute path of the JSON file. */
  readonly filePath: string
  /** The current data. Treat it as read-only: change data only through `update`. */
  read(): Readonly<StoreData>
  /**
   * Applies `mutate` to the data and resolves once the result is durably on disk (temp file, fsync,
   * rename, folder fsync). If `mutate` throws, nothing changes and the promise rejects with that error.
   * If the write fails, the in-memory data stays the last state that is on disk and the promise rejects.
   * Changes that arrive together may share one disk write. The promise resolves with a deep, plain
   * copy of what `mutate` returned (entities it changed may be returned as they are), never with an
   * object of the store's own state. `base` is the same data before this change, as plain objects:
   * read large collections from it (fast lookups) and make the change on `data`.
   */
  update<T>(mutate: (data: StoreData, base: Readonly<StoreData>) => T): Promise<T>
  /** Resolves once every queued change is on disk (or has failed). */
  flush(): Promise<void>
  /** Flushes and stops accepting changes. */
  close(): Promise<void>
}

/** Where the store stands after opening the data folder. */
export type StoreState = { status: 'ok'; store: Store } | { status: 'recovery'; problem: StoreProblem }

/**
 * Owns the data folder: opens the store, keeps rolling backups, and handles recovery (restore a backup,
 * or start empty) when the store could not be loaded.
 */
export interface StoreManager {
  readonly dataDir: string
  state(): StoreState
  listBackups(): Promise<BackupInfo[]>
  /** The raw bytes of one backup file. */
  readBackup(backupId: string): Promise<Uint8Array>
  createBackup(kind: BackupInfo['kind']): Promise<BackupInfo>
  /** Keeps the current data (if any) as a `before-restore` backup, then loads the chosen backup. */
  restoreBackup(backupId: string): Promise<BackupInfo>
  /** The Dutch message of the last failed write, until a later write succeeds. */
  lastWriteError(): string | undefined
  /** Replaces the data (e.g. from an imported backup file); the current data is kept as a backup first. */
  replaceWith(data: StoreData): Promise<void>
  /** Only in recovery: starts an empty store; the damaged file stays where it was moved. */
  startEmpty(): Promise<void>
  /**
   * Calls `listener` after every durable commit and after the data was replaced (restore, import,
   * start empty); answers a function that stops it. Listeners read the new data with `state()`.
   */
  onCommitted(listener: () => void): () => void
  close(): Promise<void>
}
