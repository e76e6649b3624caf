import { join } from 'node:path'
import { z } from 'zod'
import { writeFileDurably, type DurableWriteOptions } from './durable-write'
import { errorCode } from './fs-ops'
import { parseJsonSafely } from './safe-json'

/** The file in the backups folder that lists the backups rotation must never remove. */
export const PINS_FILE_NAME = 'kept-backups.json'

/** Why a backup is kept for good: it is the newest one from before this event. */
export type PinReason = 'damage' | 'restore' | 'migration'

const pinSchema = z.object({
  id: z.string().min(1).max(200),
  reason: z.enum(['damage', 'restore', 'migration']),
  at: z.iso.datetime({ offset: true }),
})
/** One kept backup. */
export type BackupPin = z.infer<typeof pinSchema>

const pinsFileSchema = z.object({ pins: z.array(pinSchema).max(10_000) })

/**
 * The list of pinned backups, kept durably next to them. A missing or damaged list reads as empty:
 * that only means rotation protects less, never that it removes a backup it should not (the newest
 * backups are always kept anyway).
 */
export class BackupPins {
  readonly filePath: string
  private readonly write: DurableWriteOptions

  constructor(backupsDir: string, write: DurableWriteOptions) {
    this.filePath = join(backupsDir, PINS_FILE_NAME)
    this.write = write
  }

  async read(): Promise<BackupPin[]> {
    let bytes: Uint8Array
    try {
      bytes = await this.write.fs.readFile(this.filePath)
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return []
      throw error
    }
    const parsed = parseJsonSafely(bytes)
    if (!parsed.ok) return []
    const result = pinsFileSchema.safeParse(parsed.value)
    return result.success ? result.data.pins : []
  }

  /** Adds a pin (once per backup) and drops pins of backups that no longer exist. */
  async add(pin: BackupPin, existing: ReadonlySet<string>): Promise<void> {
    const pins = (await this.read()).filter((p) => existing.has(p.id) && p.id !== pin.id)
    pins.push(pin)
    const text = `${JSON.stringify({ pins }, null, 2)}\n`
    await writeFileDurably(this.filePath, text, this.write)
  }
}
