import { type z } from 'zod'
import { type StoreProblem } from '../../shared/api'
import { CURRENT_SCHEMA_VERSION, storeDataSchema, type StoreData } from '../../shared/model'
import { migrateStoreObject, MigrationError, type Migration, type RawStoreObject } from './migrations'
import { parseJsonSafely } from './safe-json'

/** What {@link decodeStoreFile} found in a store file's bytes. */
export type DecodedStoreFile =
  | {
      ok: true
      data: StoreData
      /** The version in the file; lower than the current one when the data was migrated. */
      fileVersion: number
    }
  | {
      ok: false
      kind: Exclude<StoreProblem['kind'], 'unreadable'>
      /** Short technical reason (not for the coach's eyes alone; shown in brackets). */
      detail: string
      fileVersion?: number
    }

/**
 * Turns a store file's bytes into validated current-version data: parse (refusing `__proto__` and
 * `constructor` keys) → check `schemaVersion` (newer → `newer-version`) → migrate in memory →
 * validate with `storeDataSchema`. Never throws; the bytes are not changed.
 */
export function decodeStoreFile(bytes: Uint8Array, migrationList?: readonly Migration[]): DecodedStoreFile {
  const parsed = parseJsonSafely(bytes)
  if (!parsed.ok) {
    const { failure } = parsed
    switch (failure.reason) {
      case 'empty':
        return { ok: false, kind: 'corrupt', detail: 'het bestand is leeg' }
      case 'not-utf8':
        return { ok: false, kind: 'corrupt', detail: 'het bestand bevat geen tekst' }
      case 'syntax':
        return { ok: false, kind: 'corrupt', detail: `geen geldige JSON: ${failure.detail}` }
      case 'forbidden-key':
        return { ok: false, kind: 'invalid', detail: `verboden sleutel "${failure.key}"` }
    }
  }
  const value = parsed.value
  if (!isPlainObject(value)) {
    return {
      ok: false,
      kind: 'invalid',
      detail: `het bestand bevat ${describe(value)} in plaats van gegevens`,
    }
  }
  const version = value['schemaVersion']
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ok: false, kind: 'invalid', detail: 'schemaVersion ontbreekt of is geen geheel getal' }
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return {
      ok: false,
      kind: 'newer-version',
      detail: `gegevensversie ${version}, deze app kent tot ${CURRENT_SCHEMA_VERSION}`,
      fileVersion: version,
    }
  }
  let current: RawStoreObject = value
  if (version < CURRENT_SCHEMA_VERSION) {
    try {
      current = migrateStoreObject(value, version, migrationList)
    } catch (error) {
      const message = error instanceof MigrationError ? error.message : String(error)
      return { ok: false, kind: 'invalid', detail: message, fileVersion: version }
    }
  }
  const result = storeDataSchema.safeParse(current)
  if (!result.success)
    return { ok: false, kind: 'invalid', detail: describeIssue(result.error), fileVersion: version }
  return { ok: true, data: result.data, fileVersion: version }
}

/** `ideas.3.title: is verplicht` for the first issue of a zod error. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0]
  if (!issue) return 'onbekende fout'
  const path = issue.path.map((part) => String(part)).join('.')
  return path ? `${path}: ${issue.message}` : issue.message
}

function isPlainObject(value: unknown): value is RawStoreObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'een lijst'
  return `een ${typeof value}`
}
