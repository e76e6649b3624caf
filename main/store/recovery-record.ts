import { join } from 'node:path'
import { z } from 'zod'
import { syncDirectory, writeFileDurably, type DurableWriteOptions } from './durable-write'
import { errorCode } from './fs-ops'
import { parseJsonSafely } from './safe-json'

/** The file in the data folder that says the app is in recovery, until the coach has chosen. */
export const RECOVERY_FILE_NAME = 'krachtstroom.recovery.json'

const recoveryRecordSchema = z.object({
  kind: z.enum(['corrupt', 'invalid', 'newer-version', 'unreadable']),
  /** Short technical reason, as shown in brackets. */
  detail: z.string().max(2000),
  /** Where the damaged file was moved, if it was. */
  movedAsideTo: z.string().max(4000).optional(),
  /** When the problem was first found. */
  since: z.iso.datetime({ offset: true }),
  /** The newest backup with data from before the problem: the one to offer first. */
  lastGoodBackupId: z.string().max(200).optional(),
})
/** What is remembered of a problem while the app stays in recovery. */
export type RecoveryRecord = z.infer<typeof recoveryRecordSchema>

/**
 * Reads and writes the recovery record. While it exists the app opens in recovery, even when the
 * damaged file was moved aside and the folder looks like a first start: it never silently begins
 * an empty store (and so never makes daily backups of one) before the coach has chosen.
 */
export class RecoveryRecordFile {
  readonly filePath: string
  private readonly dataDir: string
  private readonly write: DurableWriteOptions

  constructor(dataDir: string, write: DurableWriteOptions) {
    this.dataDir = dataDir
    this.filePath = join(dataDir, RECOVERY_FILE_NAME)
    this.write = write
  }

  /**
   * The record, `undefined` when there is none. A record that cannot be read still means recovery:
   * it answers a record of kind `unreadable` rather than forgetting the problem.
   */
  async read(now: Date): Promise<RecoveryRecord | undefined> {
    let bytes: Uint8Array
    try {
      bytes = await this.write.fs.readFile(this.filePath)
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return undefined
      return {
        kind: 'unreadable',
        detail: `herstelnotitie niet te lezen: ${errorCode(error) ?? String(error)}`,
        since: now.toISOString(),
      }
    }
    const parsed = parseJsonSafely(bytes)
    const result = parsed.ok ? recoveryRecordSchema.safeParse(parsed.value) : undefined
    if (result?.success) return result.data
    return { kind: 'corrupt', detail: 'herstelnotitie beschadigd', since: now.toISOString() }
  }

  /** Stores the record durably. */
  async save(record: RecoveryRecord): Promise<void> {
    await writeFileDurably(this.filePath, `${JSON.stringify(record, null, 2)}\n`, this.write)
  }

  /** Removes the record once the coach has chosen and the new data is on disk. */
  async clear(): Promise<void> {
    await this.write.fs.removeFile(this.filePath)
    await syncDirectory(this.dataDir, this.write)
  }
}
