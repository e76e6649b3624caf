import { z } from 'zod'
import { type StoreCollection } from '../model'
import { isSyncCollection, syncCollections, type SyncCollectionRule } from './sync-collections'

/** A store entity as it travels: one document per entity, `_id` = `<collection>:<entity id>`. */
export interface EntityDoc {
  _id: string
  _rev?: string
  _deleted?: boolean
  collection: StoreCollection
  programmeId: string
  entity: Record<string, unknown>
}

/** A plain store entity (every collection's elements are objects with an `id`). */
export type PlainEntity = Record<string, unknown> & { id: string }

/** The document id of one entity. */
export function docIdOf(collection: StoreCollection, entityId: string): string {
  return `${collection}:${entityId}`
}

/** The collection and entity id a document id names, or undefined when it names none. */
export function parseDocId(docId: string): { collection: StoreCollection; entityId: string } | undefined {
  const at = docId.indexOf(':')
  if (at <= 0) return undefined
  const collection = docId.slice(0, at)
  if (!isSyncCollection(collection)) return undefined
  return { collection, entityId: docId.slice(at + 1) }
}

/** The programme an entity belongs to (a programme belongs to itself). */
export function programmeIdOf(
  collection: StoreCollection,
  entity: Readonly<Record<string, unknown>>,
): unknown {
  return collection === 'programmes' ? entity.id : entity.programmeId
}

/** The entity as it may leave the laptop: without its resident fields unless the team opted in. */
export function sharedEntity(
  collection: StoreCollection,
  entity: Readonly<Record<string, unknown>>,
  shareIdentifiers: boolean,
): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...entity }
  if (!shareIdentifiers) for (const field of syncCollections[collection].residentFields) delete copy[field]
  return copy
}

/** The document for one entity (without `_rev`). */
export function entityDoc(
  collection: StoreCollection,
  entity: Readonly<PlainEntity>,
  programmeId: string,
  shareIdentifiers: boolean,
): EntityDoc {
  return {
    _id: docIdOf(collection, entity.id),
    collection,
    programmeId,
    entity: sharedEntity(collection, entity, shareIdentifiers),
  }
}

/** JSON with object keys in sorted order, so equal content gives equal text whatever the key order. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return item
    const record = item as Record<string, unknown>
    return Object.fromEntries(
      Object.keys(record)
        .sort()
        .map((key) => [key, record[key]]),
    )
  })
}

const envelopeSchema = z.object({
  _id: z.string(),
  collection: z.string(),
  programmeId: z.string(),
  entity: z.record(z.string(), z.unknown()),
})

/** A document from the server, checked: the entity (schema-normalised) or why it was set aside. */
export type IncomingDoc =
  | {
      ok: true
      collection: StoreCollection
      entity: PlainEntity
      /**
       * The resident fields that did not travel in the document (left out by a laptop that does not
       * share identifiers): the schema filled in their defaults, which must not replace local values.
       */
      absent: string[]
    }
  | { ok: false; reason: string }

/**
 * Checks a replicated document before anything of it is applied: the envelope, a collection that is
 * shared, the id matching the entity, the programme being the shared one, and the entity against its
 * collection's schema. The reason (Dutch) names what is wrong.
 */
export function readIncomingDoc(raw: unknown, programmeId: string, shareIdentifiers: boolean): IncomingDoc {
  const envelope = envelopeSchema.safeParse(raw)
  if (!envelope.success)
    return { ok: false, reason: 'het document heeft niet de vorm van een gedeeld gegeven' }
  const doc = envelope.data
  if (!isSyncCollection(doc.collection)) {
    return { ok: false, reason: `onbekende soort gegevens "${doc.collection.slice(0, 40)}"` }
  }
  const collection = doc.collection
  const rule: SyncCollectionRule = syncCollections[collection]
  const allowed = rule.sharing === 'shared' || (rule.sharing === 'withIdentifiers' && shareIdentifiers)
  if (!allowed) return { ok: false, reason: `${rule.label} worden niet gedeeld` }
  const parsed = rule.schema.safeParse(doc.entity)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const path = (issue?.path ?? []).map(String).join('.')
    return { ok: false, reason: `${rule.label}: ${path ? `${path}: ` : ''}${issue?.message ?? 'ongeldig'}` }
  }
  const entity = parsed.data as PlainEntity
  if (doc._id !== docIdOf(collection, entity.id)) {
    return { ok: false, reason: 'de id van het document hoort niet bij het gegeven' }
  }
  if (programmeIdOf(collection, entity) !== programmeId || doc.programmeId !== programmeId) {
    return { ok: false, reason: 'het gegeven hoort bij een ander programma' }
  }
  const absent = rule.residentFields.filter((field) => !(field in doc.entity))
  return { ok: true, collection, entity, absent }
}

/**
 * The entity to keep locally from an incoming one: resident fields that did not travel (`absent`, from
 * {@link readIncomingDoc}) keep their local value, or their default for an entity new to this laptop.
 * This holds whatever this laptop's own choice: in a team where one laptop leaves identifiers out, its
 * edits never wipe the names another laptop holds.
 */
export function withLocalResidentFields(
  incoming: PlainEntity,
  local: Readonly<Record<string, unknown>> | undefined,
  absent: readonly string[],
): PlainEntity {
  if (!local || absent.length === 0) return incoming
  const merged: PlainEntity = { ...incoming }
  for (const field of absent) {
    if (field in local) merged[field] = local[field]
  }
  return merged
}
