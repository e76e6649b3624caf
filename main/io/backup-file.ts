import { z } from 'zod'
import {
  CURRENT_SCHEMA_VERSION,
  countStore,
  storeCollections,
  type StoreCounts,
  type StoreData,
} from '../../shared/model'
import { decodeStoreFile } from '../store/decode-store-file'
import { parseJsonSafely } from '../store/safe-json'

/** The format marker of a .kcbackup file. */
export const BACKUP_FILE_FORMAT = 'krachtstroom-coach-backup'

/** What a backup file says about itself. */
export interface BackupManifest {
  format: typeof BACKUP_FILE_FORMAT
  formatVersion: 1
  appVersion: string
  createdAt: string
  schemaVersion: number
  counts: StoreCounts
}

// Partial: a file made before a collection existed has no count for it (read as 0).
const countsSchema = z.partialRecord(z.enum(storeCollections), z.number().int().min(0))

const manifestSchema = z.object({
  format: z.literal(BACKUP_FILE_FORMAT),
  formatVersion: z.literal(1),
  appVersion: z.string().max(50),
  createdAt: z.string().max(40),
  schemaVersion: z.number().int().min(0),
  counts: countsSchema,
})

/** One file with the whole store and a manifest (counts, app version), to keep somewhere safe. */
export function encodeBackupFile(data: StoreData, appVersion: string, now: Date): Uint8Array {
  const manifest: BackupManifest = {
    format: BACKUP_FILE_FORMAT,
    formatVersion: 1,
    appVersion,
    createdAt: now.toISOString(),
    schemaVersion: CURRENT_SCHEMA_VERSION,
    counts: countStore(data),
  }
  return new TextEncoder().encode(JSON.stringify({ manifest, store: data }))
}

/** A checked backup file, or why it cannot be used (in Dutch). */
export type DecodedBackupFile =
  { ok: true; manifest: BackupManifest; data: StoreData } | { ok: false; message: string }

/**
 * Reads and checks a backup file: the manifest, the store (parsed without prototype pollution,
 * migrated if older, validated), and that the counts agree with the manifest. Never throws.
 */
export function decodeBackupFile(bytes: Uint8Array): DecodedBackupFile {
  const parsed = parseJsonSafely(bytes)
  if (!parsed.ok)
    return {
      ok: false,
      message: 'Dit bestand is geen back-up van Krachtstroom Coach (het is geen leesbaar back-upbestand).',
    }
  const outer = z.object({ manifest: z.unknown(), store: z.unknown() }).safeParse(parsed.value)
  const manifest = outer.success ? manifestSchema.safeParse(outer.data.manifest) : undefined
  if (!outer.success || !manifest?.success) {
    return { ok: false, message: 'Dit bestand is geen back-up van Krachtstroom Coach.' }
  }
  const decoded = decodeStoreFile(new TextEncoder().encode(JSON.stringify(outer.data.store)))
  if (!decoded.ok) {
    return {
      ok: false,
      message:
        decoded.kind === 'newer-version'
          ? 'Deze back-up is gemaakt met een nieuwere versie van de app. Werk de app eerst bij.'
          : `Deze back-up is beschadigd en kan niet worden teruggezet (${decoded.detail}).`,
    }
  }
  const counts = countStore(decoded.data)
  const differs = storeCollections.filter(
    (name) => name !== 'auditLog' && counts[name] !== (manifest.data.counts[name] ?? 0),
  )
  if (differs.length > 0) {
    return {
      ok: false,
      message: 'Deze back-up is onvolledig: de inhoud klopt niet met wat het bestand zegt te bevatten.',
    }
  }
  const filled: BackupManifest = {
    ...(manifest.data as Omit<BackupManifest, 'counts'>),
    counts: { ...counts, ...manifest.data.counts },
  }
  return { ok: true, manifest: filled, data: decoded.data }
}
