import { join } from 'node:path'
import { type BackupInfo } from '../../shared/api'
import { countStore, type StoreData } from '../../shared/model'
import { decodeStoreFile } from './decode-store-file'
import { isTempFileFor, writeFileDurably, type DurableWriteOptions } from './durable-write'
import { errorCode } from './fs-ops'
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
  /** How many backups of each kind to keep. */
  keep: (kind: BackupKind) => number
  migrations?: readonly Migration[]
}

interface CachedInfo {
  size: number
  mtimeMs: number
  info: BackupInfo | undefined
}

/**
 * The backups folder: names, writing (durably, then pruning old ones of the same kind), listing with
 * counts, and reading one back for a restore. Backup ids are their file names.
 */
export class BackupCatalog {
  readonly dir: string
  private readonly options: BackupCatalogOptions
  /** Backups never change once written, so a listing decodes each file only once. */
  private readonly cache = new Map<string, CachedInfo>()

  constructor(options: BackupCatalogOptions) {
    this.dir = options.dir
    this.options = options
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
   * migration) and prunes the oldest of that kind beyond the limit. `at` names the moment the data is
   * from (default: now). Throws the filesystem error.
   */
  async write(
    kind: BackupKind,
    data: StoreData,
    bytes?: Uint8Array,
    at: Date = this.options.clock(),
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
      sizeBytes: content.byteLength,
      counts: countStore(data),
    }
    await this.prune(kind, fileName).catch(() => undefined)
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
      if (target && parseBackupFileName(target) && isTempFileFor(entry, target)) {
        await this.options.write.fs.removeFile(join(this.dir, entry)).catch(() => undefined)
      }
    }
  }

  private async prune(kind: BackupKind, justWritten: string): Promise<void> {
    const keep = Math.max(1, this.options.keep(kind))
    const sameKind = (await this.names()).filter((n) => n.kind === kind && n.id !== justWritten)
    for (const old of sameKind.slice(keep - 1)) {
      await this.options.write.fs.removeFile(join(this.dir, old.id))
      this.cache.delete(old.id)
    }
  }

  private async describe(name: BackupName): Promise<BackupInfo | undefined> {
    const path = join(this.dir, name.id)
    const stat = await this.options.write.fs.stat(path)
    if (!stat || !stat.isFile()) return undefined
    const cached = this.cache.get(name.id)
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
    this.cache.set(name.id, { size: stat.size, mtimeMs: stat.mtimeMs, info })
    return info
  }
}
