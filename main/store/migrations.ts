import { CURRENT_SCHEMA_VERSION } from '../../shared/model'
import { coachDatesMigration } from './coach-dates-migration'

/** A plain JSON object as read from a store file, before validation. */
export type RawStoreObject = Record<string, unknown>

/**
 * One step from schema version `from` to `from + 1`. `migrate` gets its own deep copy of the data and
 * returns the new shape; `schemaVersion` is set to `to` afterwards.
 */
export interface Migration {
  from: number
  to: number
  /** What the step changes, for the log and the reviewer. */
  description: string
  migrate(data: RawStoreObject): RawStoreObject
}

/**
 * Every migration the app knows, in order. Add one when `CURRENT_SCHEMA_VERSION` goes up; the store
 * keeps a `before-migration` backup before running them.
 */
export const migrations: readonly Migration[] = [
  coachDatesMigration,
  {
    from: 2,
    to: 3,
    description:
      'Bewoners aan zet: lege lijsten voor actieve bewoners, verbindingen tussen buren en signalen.',
    migrate: (data) => ({
      ...data,
      residents: Array.isArray(data['residents']) ? data['residents'] : [],
      connections: Array.isArray(data['connections']) ? data['connections'] : [],
      signals: Array.isArray(data['signals']) ? data['signals'] : [],
    }),
  },
]

/** Why {@link migrateStoreObject} could not bring the data to the current version. */
export class MigrationError extends Error {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, { cause: options.cause })
    this.name = 'MigrationError'
  }
}

/**
 * Runs the migrations from `fromVersion` up to `targetVersion`, one numbered step at a time, on a
 * deep copy of `data` (the input is never changed). Throws a {@link MigrationError} when a step is
 * missing or fails.
 */
export function migrateStoreObject(
  data: RawStoreObject,
  fromVersion: number,
  list: readonly Migration[] = migrations,
  targetVersion: number = CURRENT_SCHEMA_VERSION,
): RawStoreObject {
  let current: RawStoreObject = structuredClone(data)
  for (let version = fromVersion; version < targetVersion; version++) {
    const step = list.find((m) => m.from === version)
    if (!step || step.to !== version + 1) {
      throw new MigrationError(`Er is geen omzetting van gegevensversie ${version} naar ${version + 1}.`)
    }
    try {
      current = { ...step.migrate(current), schemaVersion: step.to }
    } catch (error) {
      throw new MigrationError(`Het omzetten van gegevensversie ${step.from} naar ${step.to} is mislukt.`, {
        cause: error,
      })
    }
  }
  return current
}
