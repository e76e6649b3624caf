import { type StoreCollection } from '../model'
import { syncCollections } from './sync-collections'
import { stableJson, type PlainEntity } from './sync-docs'

/** One field on which the versions of a conflicted entity differ, with each version's value. */
export interface ConflictField {
  field: string
  /** One value per version, in the order of the versions (the winner first). */
  values: unknown[]
}

/** Bookkeeping every entity has; no coach chooses between two of these. */
const bookkeepingFields: ReadonlySet<string> = new Set(['id', 'programmeId', 'createdAt', 'updatedAt'])

/**
 * The fields a coach chooses between, on which the versions differ. Left out: union fields (merged),
 * bookkeeping (the applied version's is kept), and the status of an entity with a merged history (it
 * follows the newest history entry, so a choice would not hold).
 */
export function conflictFields(
  collection: StoreCollection,
  versions: readonly PlainEntity[],
): ConflictField[] {
  const union = new Set(syncCollections[collection].unionFields)
  const derived = union.has('history') ? new Set(['status']) : new Set<string>()
  const names = new Set<string>()
  for (const version of versions) for (const key of Object.keys(version)) names.add(key)
  const fields: ConflictField[] = []
  for (const field of [...names].sort()) {
    if (union.has(field) || bookkeepingFields.has(field) || derived.has(field)) continue
    const values = versions.map((version) => version[field])
    const texts = new Set(values.map((value) => stableJson(value ?? null)))
    if (texts.size > 1) fields.push({ field, values })
  }
  return fields
}

/** The moment an entry of a union field happened, for ordering (`at`, else `date`, else `on`). */
function entryMoment(entry: unknown): string {
  if (typeof entry !== 'object' || entry === null) return ''
  const record = entry as Record<string, unknown>
  const at = record.at ?? record.date ?? record.on
  return typeof at === 'string' ? at : ''
}

/**
 * `base` with each union field holding every entry of every version once (equal entries count once),
 * ordered by their moment; the status of an idea or a signal then follows its newest history entry. So no history
 * entry is lost, whichever version won.
 */
export function mergeUnionFields(
  collection: StoreCollection,
  base: PlainEntity,
  versions: readonly PlainEntity[],
): PlainEntity {
  const fields = syncCollections[collection].unionFields
  if (fields.length === 0) return base
  const merged: PlainEntity = { ...base }
  for (const field of fields) {
    const seen = new Set<string>()
    const entries: unknown[] = []
    for (const version of [base, ...versions]) {
      const list = version[field]
      if (!Array.isArray(list)) continue
      for (const entry of list as unknown[]) {
        const key = stableJson(entry)
        if (seen.has(key)) continue
        seen.add(key)
        entries.push(entry)
      }
    }
    // A stable sort: entries of the same moment keep the winner's order first.
    merged[field] = entries
      .map((entry, index) => ({ entry, index }))
      .sort((a, b) => entryMoment(a.entry).localeCompare(entryMoment(b.entry)) || a.index - b.index)
      .map(({ entry }) => entry)
  }
  if (fields.includes('history') && typeof merged.status === 'string') {
    const history = merged.history
    const last: unknown = Array.isArray(history) ? history[history.length - 1] : undefined
    if (
      typeof last === 'object' &&
      last !== null &&
      typeof (last as { status?: unknown }).status === 'string'
    ) {
      merged.status = (last as { status: string }).status
    }
  }
  return merged
}

/**
 * The entity after the coach's choice: for each listed field, the value of the chosen version
 * (index into `versions`, the winner being 0); other fields from the winner; union fields merged.
 */
export function resolveVersions(
  collection: StoreCollection,
  versions: readonly PlainEntity[],
  choices: Readonly<Record<string, number>>,
): PlainEntity {
  const winner = versions[0]
  if (!winner) throw new Error('resolveVersions: no versions')
  const chosen: PlainEntity = { ...winner }
  for (const [field, index] of Object.entries(choices)) {
    const version = versions[index]
    if (!version) continue
    if (field in version) chosen[field] = version[field]
    else delete chosen[field]
  }
  return mergeUnionFields(collection, chosen, versions)
}

/** True for a value that holds nothing: no value, empty text, an empty list. */
function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)
}

/**
 * The versions with each empty resident field filled from the first version that holds it. A laptop that
 * received an entity while identifiers were not shared has the field empty: it never knew the name, so
 * its version must not count as a different name (nor wipe it) once the team shares identifiers.
 */
export function fillEmptyResidentFields(
  collection: StoreCollection,
  versions: readonly PlainEntity[],
): PlainEntity[] {
  const filled = versions.map((version) => ({ ...version }))
  for (const field of syncCollections[collection].residentFields) {
    const holder = versions.find((version) => !isEmpty(version[field]))
    if (!holder) continue
    for (const version of filled) if (isEmpty(version[field])) version[field] = holder[field]
  }
  return filled
}
