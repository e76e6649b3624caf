import { join } from 'node:path'
import { type BackupInfo, type StoreProblem } from '../../shared/api'
import { countStore, CURRENT_SCHEMA_VERSION, emptyStoreData, type StoreData } from '../../shared/model'
import { BackupCatalog } from './backup-catalog'
import { DEFAULT_ROTATION, type RotationPolicy } from './backup-rotation'
import { decodeStoreFile, type DecodedStoreFile } from './decode-store-file'
import { DurableJsonAdapter } from './durable-json-adapter'
import {
  isTempFileFor,
  renameWithRetry,
  syncDirectory,
  type DurableWriteOptions,
  type FileContent,
} from './durable-write'
import { errorCode, nodeFsOps, type FsOps } from './fs-ops'
import { JsonStore } from './json-store'
import { migrations as defaultMigrations, type Migration } from './migrations'
import { recoveryMessage } from './recovery-messages'
import { RECOVERY_FILE_NAME, RecoveryRecordFile, type RecoveryRecord } from './recovery-record'
import { StoreStateError } from './store-state-error'
import { toStoreWriteError } from './store-write-error'
import { BACKUP_DIR_NAME, formatDay, formatStamp, STORE_FILE_NAME } from './store-paths'
import { type StoreManager, type StoreState } from './types'

/** How to open a data folder. Only `dataDir` is required; the rest is for tests and special hosts. */
export interface StoreManagerOptions {
  /** The app's data folder (Electron: userData; web host: --data-dir). Created when missing. */
  dataDir: string
  /** The current time (backup names, "today" for the daily backup). */
  clock?: () => Date
  /** Filesystem calls; fault tests inject failures here. */
  fsOps?: FsOps
  /** Days with data whose daily backup is kept; default the store's `settings.backupsToKeep`, else 14. */
  backupsToKeep?: number
  /** Manual, before-restore and before-migration backups with data to keep, each (default 30). */
  otherBackupsToKeep?: number
  /** Schema migrations; default the app's list. Tests inject fake ones. */
  migrations?: readonly Migration[]
  /** Validate the data before every write (default true). */
  validateOnWrite?: boolean
  /** `process.platform` by default; decides whether folders are fsynced. */
  platform?: NodeJS.Platform
  /** Waits between rename retries (default about 1.8 s over 10 attempts). */
  renameDelaysMs?: readonly number[]
  sleep?: (ms: number) => Promise<void>
  /** Told about failures of background work (the daily backup) that do not fail any call. */
  onBackgroundError?: (error: unknown) => void
}

/** Recovery bookkeeping: the problem, and the name to use if the file is still in the way. */
interface Recovery {
  problem: StoreProblem
  asideSuffix: 'corrupt' | 'newer' | 'unreadable'
}

function asideSuffixOf(kind: StoreProblem['kind']): Recovery['asideSuffix'] {
  return kind === 'newer-version' ? 'newer' : kind === 'unreadable' ? 'unreadable' : 'corrupt'
}

/** True when the store holds none of the coach's data (a first start, or "start empty"). */
function isEmptyStore(data: StoreData): boolean {
  return Object.values(countStore(data)).every((count) => count === 0)
}

/**
 * The data folder's owner: opens `krachtstroom.json` (creating, validating, migrating it, or moving
 * a damaged one aside), keeps rolling backups in `backups/`, and offers recovery. Create it with
 * {@link createStoreManager} and call {@link JsonStoreManager.init}, or use {@link openStoreManager}.
 */
export class JsonStoreManager implements StoreManager {
  readonly dataDir: string
  /** `<dataDir>/krachtstroom.json` */
  readonly filePath: string
  /** `<dataDir>/backups` */
  readonly backupsDir: string
  private readonly options: StoreManagerOptions
  private readonly fs: FsOps
  private readonly clock: () => Date
  private readonly writeOptions: DurableWriteOptions
  private readonly catalog: BackupCatalog
  private readonly recoveryFile: RecoveryRecordFile
  private readonly adapter: DurableJsonAdapter<StoreData>
  private store: JsonStore | undefined
  private okState: StoreState | undefined
  private recovery: Recovery | undefined
  private initialised: Promise<StoreState> | undefined
  private lock: Promise<unknown> = Promise.resolve()
  private readonly background = new Set<Promise<void>>()
  private dailyBackupDay: string | undefined
  private closed = false
  private readonly commitListeners = new Set<() => void>()

  constructor(options: StoreManagerOptions) {
    this.options = options
    this.dataDir = options.dataDir
    this.filePath = join(options.dataDir, STORE_FILE_NAME)
    this.backupsDir = join(options.dataDir, BACKUP_DIR_NAME)
    this.fs = options.fsOps ?? nodeFsOps
    this.clock = options.clock ?? (() => new Date())
    this.writeOptions = {
      fs: this.fs,
      ...(options.platform ? { platform: options.platform } : {}),
      ...(options.renameDelaysMs ? { renameDelaysMs: options.renameDelaysMs } : {}),
      ...(options.sleep ? { sleep: options.sleep } : {}),
    }
    this.adapter = new DurableJsonAdapter<StoreData>(this.filePath, this.writeOptions)
    this.catalog = new BackupCatalog({
      dir: this.backupsDir,
      write: this.writeOptions,
      clock: this.clock,
      policy: () => this.rotationPolicy(),
      // While the coach has not chosen, every backup may be the one that is needed.
      paused: () => this.recovery !== undefined,
      ...(options.migrations ? { migrations: options.migrations } : {}),
    })
    this.recoveryFile = new RecoveryRecordFile(options.dataDir, this.writeOptions)
  }

  /**
   * Opens the data folder once: creates it, removes temp files of an interrupted write, then loads the
   * store (see the class comment) and starts today's daily backup in the background. Never throws for a bad file: the
   * state becomes `recovery` instead. Calling it again returns the same result.
   */
  init(): Promise<StoreState> {
    this.initialised ??= this.exclusive(() => this.open())
    return this.initialised
  }

  state(): StoreState {
    if (this.okState) return this.okState
    if (this.recovery) return { status: 'recovery', problem: this.recovery.problem }
    throw new StoreStateError('NOT_OPEN', 'De gegevens zijn nog niet geopend.')
  }

  /** The open store's last failed write, in Dutch; `undefined` once a write succeeded again. */
  lastWriteError(): string | undefined {
    return this.store?.lastWriteError?.message
  }

  /** The backups, today's daily one included (waits for it when it is still being written). */
  async listBackups(): Promise<BackupInfo[]> {
    await this.settleBackground()
    return this.catalog.list()
  }

  /** The raw bytes of one backup file (e.g. to check whether it still holds erased data). */
  async readBackup(backupId: string): Promise<Uint8Array> {
    return (await this.catalog.read(backupId)).bytes
  }

  createBackup(kind: BackupInfo['kind']): Promise<BackupInfo> {
    return this.exclusive(async () => {
      const store = this.openStore()
      await store.flush()
      try {
        return await this.catalog.write(kind, store.read())
      } catch (error) {
        throw toStoreWriteError(error, this.backupsDir, 'backup')
      }
    })
  }

  restoreBackup(backupId: string): Promise<BackupInfo> {
    return this.exclusive(async () => {
      if (this.closed) throw closedError()
      const { name, bytes } = await this.catalog.read(backupId)
      const decoded = decodeStoreFile(bytes, this.options.migrations ?? defaultMigrations)
      if (!decoded.ok) {
        throw new StoreStateError(
          'BACKUP_INVALID',
          decoded.kind === 'newer-version'
            ? 'Deze back-up is gemaakt met een nieuwere versie van de app en kan hier niet worden teruggezet.'
            : `Deze back-up is beschadigd of onvolledig en kan niet worden teruggezet. (Technisch: ${decoded.detail}.)`,
        )
      }
      const restored: BackupInfo = {
        id: name.id,
        createdAt: name.createdAt.toISOString(),
        kind: name.kind,
        sizeBytes: bytes.byteLength,
        counts: countStore(decoded.data),
      }
      await this.replaceData(decoded.data, true)
      return restored
    })
  }

  /** Replaces the data with `data` (an imported backup file), keeping the current data as a backup first. */
  replaceWith(data: StoreData): Promise<void> {
    return this.exclusive(async () => {
      if (this.closed) throw closedError()
      await this.replaceData(data, true)
    })
  }

  startEmpty(): Promise<void> {
    return this.exclusive(async () => {
      if (this.closed) throw closedError()
      if (!this.recovery) {
        throw new StoreStateError(
          'NOT_IN_RECOVERY',
          'Opnieuw beginnen met lege gegevens kan alleen als de gegevens niet geladen konden worden.',
        )
      }
      await this.replaceData(emptyStoreData(), false)
    })
  }

  close(): Promise<void> {
    return this.exclusive(async () => {
      this.closed = true
      await this.store?.close()
      await this.settleBackground()
    })
  }

  /** Resolves once background work (a daily backup started after a write) has finished. */
  async settleBackground(): Promise<void> {
    while (this.background.size > 0) await Promise.all([...this.background])
  }

  private async open(): Promise<StoreState> {
    try {
      await this.fs.mkdir(this.dataDir)
      await this.fs.mkdir(this.backupsDir)
    } catch (error) {
      return this.enterRecovery(
        'unreadable',
        `de gegevensmap kan niet worden aangemaakt: ${errorCode(error) ?? String(error)}`,
      )
    }
    await this.removeStaleTempFiles()
    await this.catalog.removeStaleTempFiles()
    const record = await this.recoveryFile.read(this.clock())

    let bytes: Uint8Array
    try {
      bytes = await this.fs.readFile(this.filePath)
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') {
        return this.enterRecovery('unreadable', `lezen mislukt: ${errorCode(error) ?? String(error)}`)
      }
      // The damaged file was moved aside earlier and the coach has not chosen yet: still recovery.
      if (record) return this.resumeRecovery(record)
      return this.openFresh()
    }

    const decoded = decodeStoreFile(bytes, this.options.migrations ?? defaultMigrations)
    if (!decoded.ok) return this.handleBadFile(decoded)
    // A good file while a record exists: the coach's choice was written but the record not yet
    // removed (or the problem was a passing one, such as a locked file). The recovery is over.
    if (record) await this.endRecovery()
    if (decoded.fileVersion < CURRENT_SCHEMA_VERSION) {
      try {
        await this.catalog.write('before-migration', decoded.data, bytes)
        await this.catalog.pinNewestBefore('migration', this.clock())
        await this.adapter.write(decoded.data)
      } catch (error) {
        const reason = toStoreWriteError(error, this.dataDir).message
        return this.enterRecovery(
          'unreadable',
          `omzetten naar gegevensversie ${CURRENT_SCHEMA_VERSION} niet gelukt: ${reason}`,
        )
      }
      return this.becomeOk(decoded.data)
    }
    // The daily backup copies the bytes just read (they are valid): no second serialisation.
    return this.becomeOk(decoded.data, bytes)
  }

  private async openFresh(): Promise<StoreState> {
    const data = emptyStoreData()
    try {
      await this.adapter.write(data)
    } catch (error) {
      return this.enterRecovery(
        'unreadable',
        `een nieuw gegevensbestand maken is mislukt: ${toStoreWriteError(error, this.dataDir).message}`,
      )
    }
    return this.becomeOk(data)
  }

  private async handleBadFile(decoded: Extract<DecodedStoreFile, { ok: false }>): Promise<StoreState> {
    if (decoded.kind === 'newer-version') return this.enterRecovery('newer-version', decoded.detail)
    const movedAsideTo = await this.moveAside('corrupt')
    return this.enterRecovery(decoded.kind, decoded.detail, movedAsideTo)
  }

  /**
   * Enters recovery and remembers it in the data folder, so a restart finds the same problem again.
   * The newest backup with data from before the problem is pinned: rotation never removes it.
   */
  private async enterRecovery(
    kind: StoreProblem['kind'],
    detail: string,
    movedAsideTo?: string,
  ): Promise<StoreState> {
    const now = this.clock()
    const earlier = await this.recoveryFile.read(now).catch(() => undefined)
    const lastGoodBackupId =
      earlier?.lastGoodBackupId ?? (await this.catalog.pinNewestBefore('damage', now).catch(() => undefined))
    const record: RecoveryRecord = {
      kind,
      detail,
      since: earlier?.since ?? now.toISOString(),
      ...(movedAsideTo ? { movedAsideTo } : {}),
      ...(lastGoodBackupId ? { lastGoodBackupId } : {}),
    }
    // Without the record a restart would look like a first start; say so, but carry on in recovery.
    await this.recoveryFile.save(record).catch((error: unknown) => this.options.onBackgroundError?.(error))
    return this.resumeRecovery(record)
  }

  /** Recovery as remembered in `record` (after a restart, or just entered). */
  private async resumeRecovery(record: RecoveryRecord): Promise<StoreState> {
    const backups = await this.catalog.list().catch(() => [])
    const offered = backups.some((b) => b.id === record.lastGoodBackupId)
      ? record.lastGoodBackupId
      : undefined
    const problem: StoreProblem = {
      kind: record.kind,
      message: recoveryMessage({
        kind: record.kind,
        detail: record.detail,
        hasBackups: backups.length > 0,
        ...(record.movedAsideTo ? { movedAsideTo: record.movedAsideTo } : {}),
      }),
      since: record.since,
      ...(record.movedAsideTo ? { movedAsideTo: record.movedAsideTo } : {}),
      ...(offered ? { lastGoodBackupId: offered } : {}),
    }
    this.recovery = { problem, asideSuffix: asideSuffixOf(record.kind) }
    this.okState = undefined
    this.store = undefined
    return this.state()
  }

  /** Forgets a recovery once the new data is on disk. */
  private async endRecovery(): Promise<void> {
    await this.recoveryFile.clear().catch((error: unknown) => this.options.onBackgroundError?.(error))
  }

  /** Opens `data` as the store; `bytes`, when given, are its exact file content (for the daily backup). */
  private async becomeOk(data: StoreData, bytes?: Uint8Array): Promise<StoreState> {
    const store = new JsonStore({
      adapter: this.adapter,
      data,
      ...(this.options.validateOnWrite === undefined
        ? {}
        : { validateOnWrite: this.options.validateOnWrite }),
      onCommit: (committed, content) => this.afterCommit(committed, content),
    })
    this.store = store
    this.recovery = undefined
    this.okState = { status: 'ok', store }
    store.prepareWrites()
    // In the background: the backup copies the bytes already read, so the coach need not wait for it.
    this.inBackground(this.dailyBackup(data, bytes))
    return this.okState
  }

  /**
   * Replaces the store's data (restore, start empty): keeps the current data as a `before-restore`
   * backup, moves a file that could not be loaded out of the way, writes the new data durably and
   * opens it. On failure the previous state stays as it was.
   */
  private async replaceData(data: StoreData, keepCurrent: boolean): Promise<void> {
    const previous = this.store
    const wasInRecovery = this.recovery !== undefined
    if (previous) {
      await previous.close()
      try {
        if (keepCurrent) await this.catalog.write('before-restore', previous.read())
        await this.catalog.pinNewestBefore('restore', this.clock())
      } catch (error) {
        await this.becomeOk(previous.read())
        throw toStoreWriteError(error, this.backupsDir, 'backup')
      }
    } else if (this.recovery && (await this.fs.stat(this.filePath)) !== undefined) {
      const moved = await this.moveAside(this.recovery.asideSuffix)
      if (!moved) {
        throw new StoreStateError(
          'FILE_IN_THE_WAY',
          'Het oude gegevensbestand kon niet apart worden gezet; er is niets veranderd. Sluit andere programma’s die het gebruiken en probeer het opnieuw.',
        )
      }
    }
    try {
      await this.adapter.write(data)
    } catch (error) {
      if (previous) await this.becomeOk(previous.read())
      throw toStoreWriteError(error, this.dataDir)
    }
    if (wasInRecovery) await this.endRecovery()
    await this.becomeOk(data)
    this.tellCommitted()
  }

  private openStore(): JsonStore {
    if (this.closed) throw closedError()
    if (this.store) return this.store
    if (this.recovery) {
      throw new StoreStateError(
        'IN_RECOVERY',
        'De gegevens konden niet worden geladen. Zet eerst een back-up terug of begin opnieuw.',
      )
    }
    throw new StoreStateError('NOT_OPEN', 'De gegevens zijn nog niet geopend.')
  }

  /** Renames the store file to `<file>.<suffix>-<stamp>[-n]`; `undefined` when that failed. */
  private async moveAside(suffix: Recovery['asideSuffix']): Promise<string | undefined> {
    const stamp = formatStamp(this.clock())
    let target = `${this.filePath}.${suffix}-${stamp}`
    try {
      for (let n = 2; (await this.fs.stat(target)) !== undefined; n++)
        target = `${this.filePath}.${suffix}-${stamp}-${n}`
      await renameWithRetry(this.filePath, target, this.writeOptions)
      await syncDirectory(this.dataDir, this.writeOptions).catch(() => undefined)
      return target
    } catch (error) {
      this.options.onBackgroundError?.(error)
      return undefined
    }
  }

  private async removeStaleTempFiles(): Promise<void> {
    const entries = await this.fs.readdir(this.dataDir).catch(() => [] as string[])
    for (const entry of entries) {
      if (isTempFileFor(entry, STORE_FILE_NAME) || isTempFileFor(entry, RECOVERY_FILE_NAME))
        await this.fs.removeFile(join(this.dataDir, entry)).catch(() => undefined)
    }
  }

  private rotationPolicy(): RotationPolicy {
    return {
      ...DEFAULT_ROTATION,
      dataDays:
        this.options.backupsToKeep ?? this.store?.read().settings.backupsToKeep ?? DEFAULT_ROTATION.dataDays,
      otherPerKind: this.options.otherBackupsToKeep ?? DEFAULT_ROTATION.otherPerKind,
    }
  }

  /**
   * Makes today's daily backup of `data` (as `bytes` when given) unless one exists. An empty store
   * gets none: the first change of the day that gives it data makes the backup instead.
   */
  private async dailyBackup(data: StoreData, bytes?: FileContent): Promise<void> {
    // The backup is named for the moment of the data, also when it is written a little later.
    const at = this.clock()
    const today = formatDay(at)
    if (this.dailyBackupDay === today || this.recovery) return
    if (isEmptyStore(data)) return
    this.dailyBackupDay = today
    try {
      if (!(await this.catalog.hasDailyFor(at))) await this.catalog.write('daily', data, bytes, at)
    } catch (error) {
      this.dailyBackupDay = undefined
      throw error
    }
  }

  /** After a write: an app left open past midnight still gets its daily backup (of the bytes just written). */
  onCommitted(listener: () => void): () => void {
    this.commitListeners.add(listener)
    return () => this.commitListeners.delete(listener)
  }

  private tellCommitted(): void {
    for (const listener of this.commitListeners) {
      try {
        listener()
      } catch (error) {
        // A failing listener must not undo an acknowledged write.
        this.options.onBackgroundError?.(error)
      }
    }
  }

  private afterCommit(data: StoreData, content: readonly Uint8Array[]): void {
    this.tellCommitted()
    if (this.dailyBackupDay === formatDay(this.clock())) return
    this.inBackground(this.dailyBackup(data, content))
  }

  /** Tracks work that runs on its own (see {@link settleBackground}); its errors are reported. */
  private inBackground(work: Promise<void>): void {
    const task: Promise<void> = work
      .catch((error: unknown) => this.options.onBackgroundError?.(error))
      .finally(() => this.background.delete(task))
    this.background.add(task)
  }

  /** Runs manager operations (open, restore, start empty, backups, close) one at a time. */
  private exclusive<T>(operation: () => Promise<T>): Promise<T> {
    const run = this.lock.then(operation, operation)
    this.lock = run.catch(() => undefined)
    return run
  }
}

function closedError(): StoreStateError {
  return new StoreStateError('CLOSED', 'De gegevens zijn gesloten.')
}

/** Creates a manager for a data folder; call `init()` before using it. */
export function createStoreManager(options: StoreManagerOptions): JsonStoreManager {
  return new JsonStoreManager(options)
}

/** Creates a manager and opens the data folder (`init()`); check `state()` for `ok` or `recovery`. */
export async function openStoreManager(options: StoreManagerOptions): Promise<JsonStoreManager> {
  const manager = createStoreManager(options)
  await manager.init()
  return manager
}
