import { join } from 'node:path'
import { type BackupInfo } from '../../shared/api'
import { countStore, type StoreData } from '../../shared/model'
import { decodeStoreFile } from './decode-store-file'
import { isTempFileFor, writeFileDurably, type DurableWriteOptions, type FileContent } from './durable-write'
import { errorCode } from './fs-ops'
import { BackupPins, PINS_FILE_NAME, type PinReason } from './backup-pins'
import { backupsToRemove, type BackupContent, type RotationPolicy } from './backup-rotation'
import { type Migration } from './migrations'
import { serialiseJson } from './safe-json'
import { StoreStateError } from './store-state-error'
import {
  backupFileName,
  compareBackupsNewestFirst,
  formatDay,
  parseBackupFileName,
  type BackupKind,
  type BackupName,
} from './store-paths'

/** Options of {@link BackupCatalog}. */
export interface BackupCatalogOptions {
  /** The backups folder. */
  dir: string
  write: DurableWriteOptions
  clock: () => Date
  /** How many backups rotation keeps. */
  policy: () => RotationPolicy
  /** True while rotation must not remove anything (the app is in recovery). */
  paused?: () => boolean
  migrations?: readonly Migration[]
}

/** Above this size a backup surely holds data: an empty store is a few hundred bytes. */
const SURELY_DATA_BYTES = 256 * 1024

interface CachedInfo {
  /** -1 for a backup this process wrote itself (known without reading it back). */
  size: number
  mtimeMs: number
  info: BackupInfo | undefined
  content: BackupContent
}

function contentLength(content: FileContent): number {
  if (typeof content === 'string') return new TextEncoder().encode(content).byteLength
  if (content instanceof Uint8Array) return content.byteLength
  return content.reduce((sum, piece) => sum + piece.byteLength, 0)
}

/** True when a backup holds any of the coach's data (an entity in some collection). */
export function holdsData(info: Pick<BackupInfo, 'counts'>): boolean {
  return Object.values(info.counts).some((count) => count > 0)
}

/**
 * The backups folder: names, writing (durably, then rotating), listing with counts, reading one back
 * for a restore, and pinning the backups that must outlive rotation. Backup ids are their file names.
 */
export class BackupCatalog {
  readonly dir: string
  private readonly options: BackupCatalogOptions
  /** Backups never change once written, so a listing decodes each file only once. */
  private readonly cache = new Map<string, CachedInfo>()
  private readonly pins: BackupPins
  /** Writes, rotations and pins one at a time, so a rotation never sees a pin half-made. */
  private queue: Promise<unknown> = Promise.resolve()

  constructor(options: BackupCatalogOptions) {
    this.dir = options.dir
    this.options = options
    this.pins = new BackupPins(options.dir, options.write)
  }

  /** Every backup file by name, newest first (not checked for content). */
  async names(): Promise<BackupName[]> {
    let entries: string[]
    try {
      entries = await this.options.write.fs.readdir(this.dir)
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return []
      throw error
    }
    return entries.flatMap((entry) => parseBackupFileName(entry) ?? []).sort(compareBackupsNewestFirst)
  }

  /** Backups that can be restored, newest first, with their counts. Damaged ones are left out. */
  async list(): Promise<BackupInfo[]> {
    const names = await this.names()
    const infos: BackupInfo[] = []
    for (const name of names) {
      const info = await this.describe(name).catch(() => undefined)
      if (info) infos.push(info)
    }
    const ids = new Set(names.map((n) => n.id))
    for (const id of this.cache.keys()) if (!ids.has(id)) this.cache.delete(id)
    return infos
  }

  /** True when a daily backup was made on `date`'s calendar day. */
  async hasDailyFor(date: Date): Promise<boolean> {
    const day = formatDay(date)
    return (await this.names()).some((n) => n.kind === 'daily' && n.day === day)
  }

  /**
   * Writes a backup of `data` durably (as `bytes` when given, e.g. the original file before a
   * migration), then rotates (see {@link backupsToRemove}). `at` names the moment the data is from
   * (default: now). Throws the filesystem error of the write; a failed rotation is left for next time.
   */
  write(
    kind: BackupKind,
    data: StoreData,
    bytes?: FileContent,
    at: Date = this.options.clock(),
  ): Promise<BackupInfo> {
    return this.serial(async () => {
      const info = await this.writeNow(kind, data, bytes, at)
      await this.rotateNow().catch(() => undefined)
      return info
    })
  }

  /**
   * Pins the newest backup with data made at or before `at` (the moment of damage, a restore or a
   * migration), so rotation never removes it. Does nothing when there is no such backup.
   */
  pinNewestBefore(reason: PinReason, at: Date): Promise<string | undefined> {
    return this.serial(async () => {
      const names = await this.names()
      for (const name of names) {
        if (name.createdAt > at) continue
        if ((await this.content(name)) !== 'data') continue
        await this.pins.add({ id: name.id, reason, at: at.toISOString() }, new Set(names.map((n) => n.id)))
        return name.id
      }
      return undefined
    })
  }

  /** The newest backup with data made at or before `at`, if any (the one to offer after damage). */
  async newestWithData(at: Date): Promise<string | undefined> {
    for (const name of await this.names()) {
      if (name.createdAt <= at && (await this.content(name)) === 'data') return name.id
    }
    return undefined
  }

  /** Ids of pinned backups. */
  async pinned(): Promise<Set<string>> {
    return new Set((await this.pins.read()).map((p) => p.id))
  }

  /** Removes what rotation no longer keeps (nothing while paused). */
  rotate(): Promise<void> {
    return this.serial(() => this.rotateNow())
  }

  private async writeNow(
    kind: BackupKind,
    data: StoreData,
    bytes: FileContent | undefined,
    at: Date,
  ): Promise<BackupInfo> {
    const { fs } = this.options.write
    await fs.mkdir(this.dir)
    const now = at
    let fileName = backupFileName(kind, now)
    for (let sequence = 1; (await fs.stat(join(this.dir, fileName))) !== undefined; sequence++) {
      fileName = backupFileName(kind, now, sequence)
    }
    const content = bytes ?? new TextEncoder().encode(serialiseJson(data))
    await writeFileDurably(join(this.dir, fileName), content, this.options.write)
    const name = parseBackupFileName(fileName)
    if (!name) throw new Error(`internal: bad backup name ${fileName}`)
    const info: BackupInfo = {
      id: fileName,
      createdAt: name.createdAt.toISOString(),
      kind,
      sizeBytes: contentLength(content),
      counts: countStore(data),
    }
    this.cache.set(fileName, { size: -1, mtimeMs: -1, info, content: holdsData(info) ? 'data' : 'empty' })
    return info
  }

  /** Reads a backup's bytes; throws `BACKUP_NOT_FOUND` for an unknown or malformed id. */
  async read(id: string): Promise<{ name: BackupName; bytes: Uint8Array }> {
    const name = parseBackupFileName(id)
    const notFound = (): StoreStateError =>
      new StoreStateError(
        'BACKUP_NOT_FOUND',
        'Deze back-up bestaat niet (meer). Kies een andere back-up uit de lijst.',
      )
    if (!name) throw notFound()
    try {
      return { name, bytes: await this.options.write.fs.readFile(join(this.dir, id)) }
    } catch (error) {
      if (errorCode(error) === 'ENOENT') throw notFound()
      throw error
    }
  }

  /** Removes temp files of backup writes that a crash left behind. */
  async removeStaleTempFiles(): Promise<void> {
    let entries: string[]
    try {
      entries = await this.options.write.fs.readdir(this.dir)
    } catch {
      return
    }
    for (const entry of entries) {
      const target = /^(.+\.json)\.\d+\.[0-9a-f]+\.tmp$/.exec(entry)?.[1]
      const ours =
        target !== undefined && (parseBackupFileName(target) !== undefined || target === PINS_FILE_NAME)
      if (ours && isTempFileFor(entry, target)) {
        await this.options.write.fs.removeFile(join(this.dir, entry)).catch(() => undefined)
      }
    }
  }

  private async rotateNow(): Promise<void> {
    if (this.options.paused?.()) return
    const names = await this.names()
    const candidates = []
    for (const name of names) {
      candidates.push({
        id: name.id,
        kind: name.kind,
        createdAt: name.createdAt,
        content: await this.content(name),
      })
    }
    const remove = backupsToRemove(
      candidates,
      await this.pinned(),
      this.options.policy(),
      this.options.clock(),
    )
    for (const id of remove) {
      await this.options.write.fs.removeFile(join(this.dir, id))
      this.cache.delete(id)
    }
  }

  /** Whether a backup holds data; large files surely do, small ones are decoded (once). */
  private async content(name: BackupName): Promise<BackupContent> {
    const cached = this.cache.get(name.id)
    if (cached && cached.size === -1) return cached.content
    const stat = await this.options.write.fs.stat(join(this.dir, name.id))
    if (!stat || !stat.isFile()) return 'unreadable'
    if (stat.size > SURELY_DATA_BYTES) return 'data'
    await this.describe(name).catch(() => undefined)
    return this.cache.get(name.id)?.content ?? 'unreadable'
  }

  private serial<T>(operation: () => Promise<T>): Promise<T> {
    const run = this.queue.then(operation, operation)
    this.queue = run.catch(() => undefined)
    return run
  }

  private async describe(name: BackupName): Promise<BackupInfo | undefined> {
    const path = join(this.dir, name.id)
    const stat = await this.options.write.fs.stat(path)
    if (!stat || !stat.isFile()) return undefined
    const cached = this.cache.get(name.id)
    if (cached && cached.size === -1 && cached.info) {
      const info = { ...cached.info, sizeBytes: stat.size }
      this.cache.set(name.id, { size: stat.size, mtimeMs: stat.mtimeMs, info, content: cached.content })
      return info
    }
    if (cached && cached.size === stat.size && cached.mtimeMs === stat.mtimeMs) return cached.info
    const decoded = decodeStoreFile(await this.options.write.fs.readFile(path), this.options.migrations)
    const info: BackupInfo | undefined = decoded.ok
      ? {
          id: name.id,
          createdAt: name.createdAt.toISOString(),
          kind: name.kind,
          sizeBytes: stat.size,
          counts: countStore(decoded.data),
        }
      : undefined
    const content: BackupContent = !info ? 'unreadable' : holdsData(info) ? 'data' : 'empty'
    this.cache.set(name.id, { size: stat.size, mtimeMs: stat.mtimeMs, info, content })
    return info
  }
}
