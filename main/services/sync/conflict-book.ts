import { type SyncConflict } from '../../../shared/api/methods/sync'
import { type StoreCollection } from '../../../shared/model'
import {
  conflictFields,
  fillEmptyResidentFields,
  mergeUnionFields,
  parseDocId,
  readIncomingDoc,
  withLocalResidentFields,
  resolveVersions,
  stableJson,
  syncCollections,
  type PlainEntity,
} from '../../../shared/sync'
import { readRevisions, type PouchDatabase, type RawDoc } from './local-db'

/** The pseudo-field of a conflict where one laptop removed the entity: version 1 is the removal. */
export const REMOVED_FIELD = '_verwijderd'

interface Entry {
  view: SyncConflict
  collection: StoreCollection
  versions: PlainEntity[]
  /** Leaf revisions to remove once settled (the losing versions and unsettled removals). */
  losingRevs: string[]
  key: string
}

/** What applying a document should put in the store, and whether its conflict is new. */
export interface Tracked {
  entity: PlainEntity
  fresh: boolean
  message: string
}

/**
 * Every entity with more than one version in the local copy. The winner is PouchDB's (the same on
 * every laptop); the store gets the winner with union fields (an idea's history) merged from all
 * versions. Versions with equal content are settled silently; removals that settled a conflict carry
 * `settled: true` so they never count as "removed on another laptop".
 */
export class ConflictBook {
  private readonly entries = new Map<string, Entry>()

  constructor(private readonly db: PouchDatabase) {}

  get size(): number {
    return this.entries.size
  }

  list(): SyncConflict[] {
    return [...this.entries.values()].map((entry) => entry.view)
  }

  forget(docId: string): void {
    this.entries.delete(docId)
  }

  /** Re-reads every document with versions in conflict (after a restart). */
  async rebuild(programmeId: string): Promise<void> {
    const all = await this.db.allDocs({ include_docs: true, conflicts: true })
    for (const row of all.rows) {
      const doc = row.doc
      if (!doc || row.id.startsWith('_') || !doc._conflicts?.length) continue
      const incoming = readIncomingDoc(doc, programmeId, true)
      if (incoming.ok) await this.track(doc, incoming.collection, incoming.entity, programmeId)
    }
  }

  /** Records (or clears) the conflict of `doc`, whose winner holds `winner`; answers what to apply. */
  async track(
    doc: RawDoc,
    collection: StoreCollection,
    winner: PlainEntity,
    programmeId?: string,
  ): Promise<Tracked> {
    const programme = programmeId ?? (typeof doc.programmeId === 'string' ? doc.programmeId : '')
    const losers = await readRevisions(this.db, doc._id, doc._conflicts ?? [])
    const removals = (await readRevisions(this.db, doc._id, doc._deleted_conflicts ?? [])).filter(
      (leaf) => leaf.settled !== true,
    )
    const read: PlainEntity[] = [winner]
    const losingRevs: string[] = []
    for (const leaf of losers) {
      const version = readIncomingDoc(leaf, programme, true)
      losingRevs.push(leaf._rev)
      // A resident field the other laptop left out is not a difference: it kept its value there.
      if (version.ok) read.push(withLocalResidentFields(version.entity, winner, version.absent))
    }
    const versions = fillEmptyResidentFields(collection, read)
    winner = versions[0] ?? winner
    const sameContent = versions.every((version) => stableJson(version) === stableJson(winner))
    if (removals.length === 0 && (losers.length === 0 || sameContent)) {
      if (losingRevs.length > 0) await this.settle(doc._id, losingRevs)
      this.entries.delete(doc._id)
      return { entity: winner, fresh: false, message: '' }
    }
    const removed = removals.length > 0
    const fields = conflictFields(collection, versions)
    if (!removed && fields.length === 0) {
      // The versions differ only in what merges by itself (histories, bookkeeping): nothing to choose.
      await this.settle(doc._id, losingRevs)
      this.entries.delete(doc._id)
      return { entity: mergeUnionFields(collection, winner, versions.slice(1)), fresh: false, message: '' }
    }
    const rule = syncCollections[collection]
    const title = String(winner[rule.titleField] ?? winner.id)
    const message = removed
      ? `${rule.label}: '${title}' is op de ene laptop verwijderd en op de andere gewijzigd`
      : `${rule.label}: '${title}' is op twee laptops gewijzigd`
    if (removed) {
      fields.unshift({ field: REMOVED_FIELD, values: [false, true] })
      losingRevs.push(...removals.map((leaf) => leaf._rev))
    }
    const key = stableJson([doc._rev, losingRevs])
    const fresh = this.entries.get(doc._id)?.key !== key
    const entityId = parseDocId(doc._id)?.entityId ?? winner.id
    this.entries.set(doc._id, {
      collection,
      versions,
      losingRevs,
      key,
      view: {
        docId: doc._id,
        collection,
        entityId,
        message,
        deletedElsewhere: removed,
        versions: removed ? versions.length + 1 : versions.length,
        fields,
      },
    })
    return { entity: mergeUnionFields(collection, winner, versions.slice(1)), fresh, message }
  }

  /**
   * Settles a conflict with the coach's choice per field (index of the version, 0 = applied one):
   * removes the other versions from the local copy (replication removes them everywhere) and answers
   * the entity to put in the store, or undefined when the conflict is no longer there.
   */
  async resolve(
    docId: string,
    choices: Readonly<Record<string, number>>,
    now: string,
  ): Promise<{ collection: StoreCollection; entity: PlainEntity } | undefined> {
    const entry = this.entries.get(docId)
    if (!entry) return undefined
    const { [REMOVED_FIELD]: removal, ...fieldChoices } = choices
    const entity = resolveVersions(entry.collection, entry.versions, fieldChoices)
    if (entry.view.deletedElsewhere && removal === 1 && entity.deletedAt === undefined) entity.deletedAt = now
    await this.settle(docId, entry.losingRevs)
    this.entries.delete(docId)
    return { collection: entry.collection, entity }
  }

  private async settle(docId: string, revs: readonly string[]): Promise<void> {
    await this.db.bulkDocs(revs.map((rev) => ({ _id: docId, _rev: rev, _deleted: true, settled: true })))
  }
}
