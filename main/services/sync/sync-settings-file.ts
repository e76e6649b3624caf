import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { syncDatabaseSchema, syncServerUrlSchema } from '../../../shared/api/methods/sync'
import { idSchema, isoDateTimeSchema } from '../../../shared/model'
import { writeFileDurably } from '../../store/durable-write'
import { nodeFsOps } from '../../store/fs-ops'

/** The team settings file in the data folder; it never holds the password. */
export const SYNC_SETTINGS_FILE = 'krachtstroom.sync.json'

/** What this laptop shares, with whom. */
export const syncSettingsSchema = z.object({
  serverUrl: syncServerUrlSchema,
  database: syncDatabaseSchema,
  username: z.string().min(1).max(120),
  programmeId: idSchema,
  shareIdentifiers: z.boolean(),
  agreement: z.string().max(200),
  /** Who last switched sharing identifiers on or off for the team, and when (from the team document). */
  identifiersBy: z.string().max(120).optional(),
  identifiersAt: isoDateTimeSchema.optional(),
})
export type SyncSettings = z.infer<typeof syncSettingsSchema>

/** Reads the settings; undefined when this laptop does not share (or the file is not valid). */
export async function readSyncSettings(dataDir: string): Promise<SyncSettings | undefined> {
  let text: string
  try {
    text = await readFile(join(dataDir, SYNC_SETTINGS_FILE), 'utf8')
  } catch {
    return undefined
  }
  try {
    const parsed = syncSettingsSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}

/** Writes the settings durably, readable by the coach's account only. */
export async function writeSyncSettings(dataDir: string, settings: SyncSettings): Promise<void> {
  await writeFileDurably(join(dataDir, SYNC_SETTINGS_FILE), `${JSON.stringify(settings, null, 2)}\n`, {
    fs: nodeFsOps,
  })
}

export async function removeSyncSettings(dataDir: string): Promise<void> {
  await rm(join(dataDir, SYNC_SETTINGS_FILE), { force: true })
}
