import { randomUUID } from 'node:crypto'
import {
  type SyncLogEntry,
  type SyncSetAsideDoc,
  type SyncState,
  type SyncStatus,
} from '../../../shared/api/methods/sync'
import { type StoreCollection, type StoreData } from '../../../shared/model'
import {
  docIdOf,
  entityDoc,
  parseDocId,
  programmeIdOf,
  readIncomingDoc,
  fillEmptyResidentFields,
  sharedCollectionNames,
  sharedEntity,
  readTeamIdentifiersDoc,
  stableJson,
  TEAM_IDENTIFIERS_DOC,
  teamIdentifiersDoc,
  type TeamIdentifiersChoice,
  withLocalResidentFields,
  type PlainEntity,
} from '../../../shared/sync'
import { type Store } from '../../store/types'
import { ConflictBook } from './conflict-book'
import {
  withInfoThatAnswers,
  type Cancellable,
  type ChangeRow,
  type PouchDatabase,
  type RawDoc,
} from './local-db'
import { SerialQueue } from './serial-queue'
import { SYNC_LOG_LIMIT, SYNC_SET_ASIDE_LIMIT, type SyncJournalStore } from './sync-journal-file'

/** What the engine needs from its host. */
export interface SyncEngineOptions {
  /** The laptop's copy of the shared programme. */
  local: PouchDatabase
  /** The team's database; undefined while the password is not known (the browser asks each session). */
  remote: PouchDatabase | undefined
  /** The open store (its one write queue); undefined while the app is in recovery. */
  store: () => Store | undefined
  programmeId: string
  shareIdentifiers: boolean
  clock: () => Date
  /** Told about every status change (e.g. to log it). */
  onStatus?: (status: SyncStatus) => void
  /** Told about background work that failed (for the host's error log). */
  onError?: (error: unknown) => void
  /** Longest wait between reconnection attempts (default 5 s). */
  maxRetryDelayMs?: number
  /** Keeps the log and the documents set aside across restarts of the app. */
  journal?: SyncJournalStore
  /**
   * Reads every document of the local copy again at the start, not only what arrived since the last
   * pass (after the team's choice about identifiers changed: documents refused before may fit now).
   */
  rereadArrivals?: boolean
  /** Told each time a valid team document (the team's choice about resident identifiers) arrives. */
  onTeamChoice?: () => void
}

const APPLIED_DOC = '_local/krachtstroom-applied'
/** Documents read and applied per pass (one store write each). */
const ARRIVAL_BATCH = 2000

/** What one arrived document does to the store. */
type Plan =
  | {
      kind: 'put'
      collection: StoreCollection
      entity: PlainEntity
      /** The revision whose content this is (undefined for a settled conflict). */
      rev?: string
      /** The content differs from the winning revision (versions merged): write it back. */
      writeBack?: boolean
      /** Resident fields that did not travel in the document: the local values stay. */
      absent?: readonly string[]
    }
  | { kind: 'remove'; collection: StoreCollection; entityId: string; rev?: string }

/**
 * Shares one programme between the JSON store and a PouchDB copy that replicates live with the
 * team's CouchDB. Store commits become per-entity documents; documents that arrive are checked with
 * the model's schemas and applied through the store's own update (its one write queue). Invalid
 * documents are kept aside, conflicts keep every version and are listed. Everything the engine does
 * runs in one queue, so a local change and an arriving one never interleave.
 */
export class SyncEngine {
  private readonly options: SyncEngineOptions
  private readonly db: PouchDatabase
  private readonly queue = new SerialQueue()
  private readonly conflicts: ConflictBook
  private readonly collections: readonly StoreCollection[]
  private lastData: Readonly<StoreData> | undefined
  private feed: Cancellable | undefined
  private replication: Cancellable | undefined
  private appliedSeq: number | string = 0
  private readonly unpushed = new Set<string>()
  /**
   * Per document, the revision whose content the store holds (written from it or applied to it). A
   * local change is written as a child of this revision: when another laptop's revision arrived in
   * between, the change becomes a second version (a visible conflict) instead of silently replacing it.
   * An arrival of this very revision is the store's own change coming back and is not applied again.
   */
  private readonly storeRevs = new Map<string, string>()
  private readonly setAside = new Map<string, SyncSetAsideDoc>()
  private readonly runs: SyncLogEntry[] = []
  private run = { sent: 0, received: 0 }
  private state: SyncState = 'starting'
  private message: string | undefined
  private lastSyncedAt: string | undefined
  private stopped = false
  /** A pass over arrived documents is queued and has not started yet. */
  private arrivalsQueued = false
  /** Arrived documents are waiting to be applied (queued or being applied). */
  private arrivalsBusy = false
  /** The saved journal has been read, so writing it keeps what was there. */
  private journalRead = false
  private journalWrite: Promise<void> = Promise.resolve()
  private journalQueued = false

  constructor(options: SyncEngineOptions) {
    this.options = options
    this.db = options.local
    this.collections = sharedCollectionNames(options.shareIdentifiers)
    this.conflicts = new ConflictBook(this.db)
  }

  /**
   * Catches up first (documents that arrived before a restart, then store changes that never reached
   * the local copy, e.g. after a crash), then follows both live and starts replicating.
   */
  async start(): Promise<void> {
    await this.readJournal()
    this.appliedSeq = this.options.rereadArrivals ? 0 : await this.readAppliedSeq()
    await this.queue.run(async () => {
      if (this.options.rereadArrivals && this.options.shareIdentifiers) await this.adoptResidentFields()
      await this.applyArrivedSince(this.appliedSeq)
      await this.writeStoreChanges(true)
      await this.conflicts.rebuild(this.options.programmeId)
    })
    if (this.stopped) return
    this.feed = this.db
      .changes({ live: true, since: this.appliedSeq, style: 'all_docs' })
      .on('change', (() => this.scheduleArrivals()) as (...args: never[]) => void)
      .on('error', (() => undefined) as (...args: never[]) => void)
    this.startReplication()
    this.log('started', 'Samenwerken gestart.')
    this.setState(this.options.remote ? 'starting' : 'needsPassword')
  }

  /**
   * After the team switched sharing identifiers on: takes the resident fields that the local copy holds
   * and the store has empty (they arrived while this laptop did not share them), before this laptop
   * writes its documents, so that its empty fields never replace another laptop's names. A value the
   * store holds is never replaced here.
   */
  private async adoptResidentFields(): Promise<void> {
    const store = this.options.store()
    if (!store) return
    const all = await this.db.allDocs({ include_docs: true })
    const found = new Map<string, PlainEntity>()
    for (const row of all.rows) {
      if (!row.doc || row.value?.deleted || row.id.startsWith('_')) continue
      const incoming = readIncomingDoc(row.doc, this.options.programmeId, true)
      if (incoming.ok && incoming.absent.length === 0) found.set(row.id, incoming.entity)
    }
    if (found.size === 0) return
    const fill = (collection: StoreCollection, entity: PlainEntity): PlainEntity | undefined => {
      const travelled = found.get(docIdOf(collection, entity.id))
      if (!travelled) return undefined
      const [filled] = fillEmptyResidentFields(collection, [entity, travelled])
      return filled && stableJson(filled) !== stableJson(entity) ? filled : undefined
    }
    const needed = this.collections.some((collection) =>
      (store.read()[collection] as readonly PlainEntity[]).some((entity) => fill(collection, entity)),
    )
    if (!needed) return
    await store.update((draft) => {
      for (const collection of this.collections) {
        const items = draft[collection] as PlainEntity[]
        items.forEach((entity, position) => {
          const filled = fill(collection, entity)
          if (filled) items[position] = filled
        })
      }
    })
  }

  /** Called after every store commit (and replacement): queues writing what changed. */
  storeCommitted(): void {
    if (this.stopped) return
    void this.queue.run(() => this.writeStoreChanges(false)).catch((error: unknown) => this.failed(error))
  }

  /** Work that failed in the background: logged for the coach, and retried with the next change. */
  private failed(error: unknown): void {
    const detail = error instanceof Error ? error.message : String(error)
    this.message = `Een wijziging kon niet worden verwerkt: ${detail}`
    this.log('error', this.message)
    this.options.onError?.(error)
    this.emit()
  }

  /** Resolves once every queued local change and arrival has been handled. */
  idle(): Promise<void> {
    return this.queue.idle()
  }

  status(): SyncStatus {
    const connected = this.state === 'synchronised' || this.state === 'waiting'
    const state: SyncState =
      // Conflicts stay visible whatever the connection does, until the coach settles them.
      connected && this.conflicts.size > 0
        ? 'conflict'
        : this.state === 'synchronised' && this.arrivalsBusy
          ? 'receiving'
          : this.state
    return {
      state,
      pending: this.unpushed.size,
      conflicts: this.conflicts.size,
      setAside: this.setAside.size,
      ...(this.lastSyncedAt ? { lastSyncedAt: this.lastSyncedAt } : {}),
      ...(this.message ? { message: this.message } : {}),
    }
  }

  logEntries(): { runs: SyncLogEntry[]; setAside: SyncSetAsideDoc[] } {
    return { runs: [...this.runs].reverse(), setAside: [...this.setAside.values()] }
  }

  conflictList(): ReturnType<ConflictBook['list']> {
    return this.conflicts.list()
  }

  /** Settles a conflict with the coach's choice per field; the other versions are removed everywhere. */
  async resolve(docId: string, choices: Readonly<Record<string, number>>): Promise<void> {
    await this.queue.run(async () => {
      const resolved = await this.conflicts.resolve(docId, choices, this.options.clock().toISOString())
      if (!resolved) return
      await this.applyEntity(resolved.collection, resolved.entity)
      await this.writeStoreChanges(false)
    })
  }

  /**
   * Puts the team's choice about resident identifiers in the team document, which replicates to every
   * laptop of the team (each follows it).
   */
  async publishTeamChoice(choice: TeamIdentifiersChoice): Promise<void> {
    await this.queue.run(async () => {
      const current = await this.db.get(TEAM_IDENTIFIERS_DOC).catch(() => undefined)
      await this.db.put({
        ...teamIdentifiersDoc(this.options.programmeId, choice),
        ...(current ? { _rev: current._rev } : {}),
      })
    })
  }

  /**
   * Removes the bodies of old revisions from the local copy (after identifiers stopped being shared,
   * so older revisions that held them are gone from this laptop's copy); the current ones stay.
   */
  async compactLocalCopy(): Promise<void> {
    await this.queue.run(async () => {
      await this.db.compact()
    })
  }

  /** Adds a line to the run log (e.g. the team's choice about identifiers that this laptop follows). */
  note(message: string): void {
    this.log('team', message)
    this.emit()
  }

  /** Stops replicating and following; the local copy and the store stay as they are. */
  async stop(): Promise<void> {
    if (this.stopped) return
    this.stopped = true
    this.replication?.cancel()
    this.feed?.cancel()
    await this.queue.idle()
    this.log('stopped', 'Samenwerken gestopt.')
    this.setState('off')
    await this.journalWrite
  }

  // --- store → local copy ---------------------------------------------------------------------

  /** Writes every shared entity that changed since the last call (all of them when `everything`). */
  private async writeStoreChanges(everything: boolean): Promise<void> {
    const store = this.options.store()
    if (!store) return
    const data = store.read()
    const before = everything ? undefined : this.lastData
    this.lastData = data
    for (const collection of this.collections) {
      const now = data[collection] as readonly PlainEntity[]
      const old = before?.[collection] as readonly PlainEntity[] | undefined
      if (old === now) continue
      const known = new Set<unknown>(old ?? [])
      const changed = now.filter((entity) => !known.has(entity) && this.inProgramme(collection, entity))
      const removed = old
        ? ((): string[] => {
            const ids = new Set(now.map((entity) => entity.id))
            return old
              .filter((entity) => !ids.has(entity.id) && this.inProgramme(collection, entity))
              .map((e) => e.id)
          })()
        : []
      await this.writeEntities(collection, changed, removed)
    }
  }

  private inProgramme(collection: StoreCollection, entity: Readonly<PlainEntity>): boolean {
    return programmeIdOf(collection, entity) === this.options.programmeId
  }

  /**
   * Writes the entities whose shared form differs from the local copy, and removes the removed ones,
   * each as a child of the revision the store holds (see `storeRevs`).
   */
  private async writeEntities(
    collection: StoreCollection,
    changed: readonly PlainEntity[],
    removed: readonly string[],
  ): Promise<void> {
    if (changed.length === 0 && removed.length === 0) return
    const docs: Array<Record<string, unknown> & { _id: string; entity: unknown }> = changed.map((entity) => ({
      ...entityDoc(collection, entity, this.options.programmeId, this.options.shareIdentifiers),
    }))
    const removedIds = removed.map((id) => docIdOf(collection, id))
    const current = await this.db.allDocs({
      keys: [...docs.map((doc) => doc._id), ...removedIds],
      include_docs: true,
    })
    const byId = new Map(current.rows.map((row) => [row.key, row]))
    const writes: Array<Record<string, unknown>> = []
    const branches: Array<{ doc: Record<string, unknown> & { _id: string }; base: string }> = []
    const add = (doc: Record<string, unknown> & { _id: string }, winner: string | undefined): void => {
      const base = this.storeRevs.get(doc._id)
      if (base !== undefined && winner !== undefined && base !== winner) branches.push({ doc, base })
      else writes.push(winner === undefined ? doc : { ...doc, _rev: winner })
    }
    for (const doc of docs) {
      const row = byId.get(doc._id)
      const existing = row?.doc
      if (
        existing &&
        row.value &&
        !row.value.deleted &&
        stableJson(existing.entity) === stableJson(doc.entity)
      ) {
        this.storeRevs.set(doc._id, row.value.rev)
        continue
      }
      add(doc, row?.value?.rev)
    }
    for (const id of removedIds) {
      const row = byId.get(id)
      if (row?.value && !row.value.deleted) add({ _id: id, _deleted: true }, row.value.rev)
    }
    if (writes.length > 0) {
      const results = await this.db.bulkDocs(writes)
      for (const result of results) {
        if (!result.ok || !result.id) continue
        this.unpushed.add(result.id)
        if (result.rev) this.storeRevs.set(result.id, result.rev)
      }
    }
    for (const { doc, base } of branches) await this.writeBranch(doc, base)
    if (this.state === 'synchronised' && (writes.length > 0 || branches.length > 0)) this.setState('waiting')
  }

  /**
   * Writes `doc` as a new child of `base`, beside the revision that arrived meanwhile: two versions of
   * one document, which the conflict book lists and merges. Falls back to a child of the winner when
   * `base` is no longer known.
   */
  private async writeBranch(doc: Record<string, unknown> & { _id: string }, base: string): Promise<void> {
    let ancestry: { start: number; ids: string[] } | undefined
    try {
      const parent = await this.db.get(doc._id, { rev: base, revs: true })
      ancestry = parent._revisions as { start: number; ids: string[] } | undefined
    } catch {
      ancestry = undefined
    }
    if (!ancestry) {
      this.storeRevs.delete(doc._id)
      const winner = await this.db.get(doc._id).catch(() => undefined)
      const [result] = await this.db.bulkDocs([winner ? { ...doc, _rev: winner._rev } : doc])
      if (result?.ok && result.rev) this.storeRevs.set(doc._id, result.rev)
      this.unpushed.add(doc._id)
      return
    }
    const id = randomUUID().replace(/-/g, '')
    const start = ancestry.start + 1
    const rev = `${start}-${id}`
    await this.db.bulkDocs([{ ...doc, _rev: rev, _revisions: { start, ids: [id, ...ancestry.ids] } }], {
      new_edits: false,
    })
    this.storeRevs.set(doc._id, rev)
    this.unpushed.add(doc._id)
  }

  // --- local copy → store ---------------------------------------------------------------------

  /** Queues one pass over everything that arrived since the last pass (many arrivals, one pass). */
  private scheduleArrivals(): void {
    if (this.arrivalsQueued || this.stopped) return
    this.arrivalsQueued = true
    this.arrivalsBusy = true
    void this.queue
      .run(async () => {
        this.arrivalsQueued = false
        await this.applyArrivedSince(this.appliedSeq)
      })
      .catch((error: unknown) => this.failed(error))
      .finally(() => {
        if (!this.arrivalsQueued) this.arrivalsBusy = false
        this.emit()
      })
  }

  /** Applies every document that changed in the local copy since `since`, a batch at a time. */
  private async applyArrivedSince(since: number | string): Promise<void> {
    let from = since
    for (;;) {
      const feed = await this.db.changes({ since: from, style: 'all_docs', limit: ARRIVAL_BATCH })
      if (feed.results.length > 0) await this.applyBatch(feed.results)
      if (feed.last_seq !== from) {
        from = feed.last_seq
        this.appliedSeq = from
        await this.saveAppliedSeq(from)
      }
      if (feed.results.length < ARRIVAL_BATCH) return
    }
  }

  /**
   * Turns a batch of changed documents into store changes and applies them in one update of the
   * store (one durable write). Documents with more than one leaf are read one by one for their versions.
   */
  private async applyBatch(rows: readonly ChangeRow[]): Promise<void> {
    // Store changes not yet in the local copy go first, so arrivals are compared with what is committed.
    await this.writeStoreChanges(false)
    const plain: string[] = []
    const branched: string[] = []
    for (const row of rows) {
      if (row.id === TEAM_IDENTIFIERS_DOC) {
        await this.readTeamChoice()
        continue
      }
      if (row.id.startsWith('_')) continue
      ;((row.changes?.length ?? 1) > 1 ? branched : plain).push(row.id)
    }
    const plans: Plan[] = []
    if (plain.length > 0) {
      const fetched = await this.db.allDocs({ keys: plain, include_docs: true })
      for (const row of fetched.rows) {
        if (row.value?.deleted) this.planRemoval(row.id, plans, row.value.rev)
        else if (row.doc) await this.planDoc(row.doc, plans)
      }
    }
    for (const id of branched) {
      let doc: RawDoc
      try {
        doc = await this.db.get(id, { conflicts: true, deleted_conflicts: true })
      } catch {
        this.planRemoval(id, plans)
        continue
      }
      await this.planDoc(doc, plans)
    }
    await this.applyPlans(plans)
  }

  /** Reads the team document and tells the host the choice; an invalid one is set aside. */
  private async readTeamChoice(): Promise<void> {
    const doc = await this.db.get(TEAM_IDENTIFIERS_DOC).catch(() => undefined)
    if (!doc) return
    const read = readTeamIdentifiersDoc(doc, this.options.programmeId)
    if (!read.ok) {
      this.keepAside(doc, read.reason)
      return
    }
    if (this.setAside.delete(doc._id)) this.saveJournal()
    this.options.onTeamChoice?.()
  }

  /** The team's choice in the local copy (undefined when there is none, or it is not valid). */
  async teamChoice(): Promise<TeamIdentifiersChoice | undefined> {
    const doc = await this.db.get(TEAM_IDENTIFIERS_DOC).catch(() => undefined)
    const read = doc ? readTeamIdentifiersDoc(doc, this.options.programmeId) : undefined
    return read?.ok ? read.choice : undefined
  }

  private planRemoval(docId: string, plans: Plan[], rev?: string): void {
    // The winner is a deletion: a hard delete elsewhere, e.g. a privacy erase.
    const parsed = parseDocId(docId)
    this.conflicts.forget(docId)
    if (rev !== undefined && this.storeRevs.get(docId) === rev) return
    if (parsed && this.collections.includes(parsed.collection)) {
      plans.push({
        kind: 'remove',
        collection: parsed.collection,
        entityId: parsed.entityId,
        ...(rev === undefined ? {} : { rev }),
      })
    }
  }

  private async planDoc(doc: RawDoc, plans: Plan[]): Promise<void> {
    const incoming = readIncomingDoc(doc, this.options.programmeId, this.options.shareIdentifiers)
    if (!incoming.ok) {
      this.keepAside(doc, incoming.reason)
      return
    }
    if (this.setAside.delete(doc._id)) this.saveJournal()
    let entity = incoming.entity
    let writeBack = false
    if (doc._conflicts?.length || doc._deleted_conflicts?.length) {
      const merged = await this.conflicts.track(doc, incoming.collection, incoming.entity)
      if (merged.fresh) this.log('conflict', merged.message)
      entity = merged.entity
      writeBack = stableJson(entity) !== stableJson(incoming.entity)
    } else {
      this.conflicts.forget(doc._id)
      // The store's own change coming back from the local copy: the store holds it (or something newer).
      if (this.storeRevs.get(doc._id) === doc._rev) return
    }
    plans.push({
      kind: 'put',
      collection: incoming.collection,
      entity,
      rev: doc._rev,
      writeBack,
      absent: incoming.absent,
    })
  }

  /**
   * Applies the plans that change something, in one update of the store. An entity the coach changed
   * after the plan was made is left as the coach has it: that change is written next, beside the
   * arrived revision, so both versions stay (a conflict) instead of one silently replacing the other.
   */
  private async applyPlans(plans: readonly Plan[]): Promise<void> {
    const store = this.options.store()
    if (!store || plans.length === 0) return
    const data = store.read()
    const share = this.options.shareIdentifiers
    const indexes = new Map<StoreCollection, Map<string, number>>()
    const indexOf = (list: readonly PlainEntity[], collection: StoreCollection): Map<string, number> => {
      let index = indexes.get(collection)
      if (!index) {
        index = new Map(list.map((entity, position) => [entity.id, position]))
        indexes.set(collection, index)
      }
      return index
    }
    /** A change with the store's entity it was planned against (undefined: not in the store). */
    const changes: Array<{ plan: Plan; seen: PlainEntity | undefined }> = []
    /** Revisions whose content the store holds without a change. */
    const held: Plan[] = []
    const writeBacks: Plan[] = []
    for (const plan of plans) {
      const list = data[plan.collection] as readonly PlainEntity[]
      if (plan.kind === 'remove') {
        const position = indexOf(list, plan.collection).get(plan.entityId)
        if (position === undefined) held.push(plan)
        else changes.push({ plan, seen: list[position] })
        continue
      }
      const position = indexOf(list, plan.collection).get(plan.entity.id)
      const local = position === undefined ? undefined : list[position]
      const entity = withLocalResidentFields(plan.entity, local, plan.absent ?? [])
      const put: Plan = { ...plan, entity }
      if (plan.writeBack) writeBacks.push(put)
      // A laptop that does not share identifiers leaves a change of only those fields alone: it would
      // strip them from the document again with its next write.
      if (
        local &&
        stableJson(sharedEntity(plan.collection, local, share)) ===
          stableJson(sharedEntity(plan.collection, entity, share))
      ) {
        held.push(put)
        continue
      }
      changes.push({ plan: put, seen: local })
    }
    const applied = new Set<Plan>()
    if (changes.length > 0) {
      await store.update((draft, base) => {
        applied.clear()
        const positions = new Map<StoreCollection, Map<string, number>>()
        const at = (collection: StoreCollection): Map<string, number> => {
          let index = positions.get(collection)
          if (!index) {
            index = new Map(
              (draft[collection] as PlainEntity[]).map((entity, position) => [entity.id, position]),
            )
            positions.set(collection, index)
          }
          return index
        }
        const removed = new Map<StoreCollection, Set<string>>()
        for (const { plan: change, seen } of changes) {
          const items = draft[change.collection] as PlainEntity[]
          const id = change.kind === 'remove' ? change.entityId : change.entity.id
          const position = at(change.collection).get(id)
          const now =
            position === undefined ? undefined : (base[change.collection] as PlainEntity[])[position]
          // Changed by the coach (or added) since the plan was made: keep the coach's version.
          if (now !== seen) continue
          applied.add(change)
          if (change.kind === 'remove') {
            const gone = removed.get(change.collection) ?? new Set<string>()
            gone.add(change.entityId)
            removed.set(change.collection, gone)
            continue
          }
          if (position === undefined) {
            at(change.collection).set(change.entity.id, items.length)
            items.push(change.entity)
          } else {
            items[position] = change.entity
          }
        }
        for (const [collection, gone] of removed) {
          const kept = (draft[collection] as PlainEntity[]).filter((entity) => !gone.has(entity.id))
          ;(draft as Record<StoreCollection, unknown>)[collection] = kept
        }
      })
    }
    this.run.received += applied.size
    for (const plan of [...held, ...applied]) {
      const docId = docIdOf(plan.collection, plan.kind === 'remove' ? plan.entityId : plan.entity.id)
      if (plan.rev !== undefined) this.storeRevs.set(docId, plan.rev)
    }
    // The store is now ahead of `lastData` by these changes (and perhaps by the coach's own): writing
    // them puts merged versions back on the winning revision, so every laptop ends with the same content.
    await this.writeStoreChanges(false)
    for (const plan of writeBacks) {
      if (plan.kind !== 'put' || (!applied.has(plan) && !held.includes(plan))) continue
      const now = (store.read()[plan.collection] as readonly PlainEntity[]).find(
        (e) => e.id === plan.entity.id,
      )
      if (now) await this.writeEntities(plan.collection, [now], [])
    }
  }

  /** Puts one entity in the store (a settled conflict) unless it holds the same shared content. */
  private async applyEntity(collection: StoreCollection, entity: PlainEntity): Promise<void> {
    await this.applyPlans([{ kind: 'put', collection, entity }])
  }

  private keepAside(doc: RawDoc, reason: string): void {
    const known = this.setAside.get(doc._id)
    if (known?.rev === doc._rev) return
    const entry = { docId: doc._id, rev: doc._rev, reason, at: this.options.clock().toISOString() }
    this.setAside.delete(doc._id)
    this.setAside.set(doc._id, entry)
    for (const docId of this.setAside.keys()) {
      if (this.setAside.size <= SYNC_SET_ASIDE_LIMIT) break
      this.setAside.delete(docId)
    }
    this.log('setAside', `Niet overgenomen: ${doc._id.slice(0, 80)} (${reason}).`)
    this.emit()
  }

  // --- replication ------------------------------------------------------------------------------

  private startReplication(): void {
    const remote = this.options.remote
    if (!remote || this.stopped) return
    const maxDelay = this.options.maxRetryDelayMs ?? 5000
    const replication = withInfoThatAnswers(this.db).sync(withInfoThatAnswers(remote), {
      live: true,
      retry: true,
      back_off_function: (delay: number) => (delay === 0 ? 250 : Math.min(delay * 2, maxDelay)),
    })
    this.replication = replication
    // Each direction says for itself whether it paused because the server could not be reached.
    const paused = { push: false, pull: false }
    const failed = { push: false, pull: false }
    for (const direction of ['push', 'pull'] as const) {
      const side = replication[direction]
      const on = (event: string, listener: (info: never) => void): void => {
        side.on(event, listener as (...args: never[]) => void)
      }
      on('active', () => {
        paused[direction] = false
        if (this.state === 'synchronised' && direction === 'push') this.setState('waiting')
      })
      on('change', (info: { docs: Array<{ _id: string }> }) => {
        if (direction === 'push') {
          for (const doc of info.docs) this.unpushed.delete(doc._id)
          this.run.sent += info.docs.length
        }
        this.emit()
      })
      on('paused', (error: unknown) => {
        paused[direction] = true
        failed[direction] = Boolean(error)
        this.afterPause(paused, failed)
      })
      on('denied', (error: { message?: string }) => {
        this.log('error', `De server weigerde een wijziging (${error.message ?? 'geen reden'}).`)
      })
    }
    replication.on('error', ((error: { status?: number; message?: string }) => {
      const refused = error.status === 401 || error.status === 403
      this.message =
        error.status === 403
          ? 'De server laat je gebruiker niet meer in deze database. Vraag de beheerder je weer toegang te geven.'
          : refused
            ? 'De server weigert de gebruikersnaam of het wachtwoord.'
            : `Samenwerken is gestopt door een fout: ${error.message ?? 'onbekend'}.`
      this.log('error', this.message)
      this.setState(refused ? 'loginRefused' : 'error')
    }) as (...args: never[]) => void)
  }

  private afterPause(
    paused: Readonly<Record<'push' | 'pull', boolean>>,
    failed: Readonly<Record<'push' | 'pull', boolean>>,
  ): void {
    if (failed.push || failed.pull) {
      this.message = 'De server is niet bereikbaar; de app probeert het steeds opnieuw.'
      if (this.state !== 'offline') this.log('offline', this.message)
      this.setState('offline')
      return
    }
    if (!paused.push || !paused.pull) return
    // Both directions caught up without error.
    this.unpushed.clear()
    this.message = undefined
    this.lastSyncedAt = this.options.clock().toISOString()
    const moved = this.run.sent > 0 || this.run.received > 0
    if (moved || this.state !== 'synchronised') {
      this.log(
        'synced',
        moved
          ? `Bijgewerkt: ${changes(this.run.sent)} verstuurd, ${changes(this.run.received)} ontvangen.`
          : this.state === 'offline'
            ? 'Weer verbonden met de server; er was niets bij te werken.'
            : 'Bijgewerkt: alles was al gelijk.',
      )
    }
    this.run = { sent: 0, received: 0 }
    this.setState('synchronised')
  }

  // --- bookkeeping ------------------------------------------------------------------------------

  private setState(state: SyncState): void {
    if (this.stopped && state !== 'off') return
    this.state = state === 'synchronised' && this.unpushed.size > 0 ? 'waiting' : state
    this.emit()
  }

  private emit(): void {
    this.options.onStatus?.(this.status())
  }

  private log(kind: SyncLogEntry['kind'], message: string): void {
    this.runs.push({
      at: this.options.clock().toISOString(),
      kind,
      sent: this.run.sent,
      received: this.run.received,
      message,
    })
    if (this.runs.length > SYNC_LOG_LIMIT) this.runs.splice(0, this.runs.length - SYNC_LOG_LIMIT)
    this.saveJournal()
  }

  /** Takes the log and the documents set aside from before the restart. */
  private async readJournal(): Promise<void> {
    const journal = this.options.journal
    if (!journal || this.journalRead) return
    try {
      const saved = await journal.read()
      this.runs.unshift(...saved.runs)
      if (this.runs.length > SYNC_LOG_LIMIT) this.runs.splice(0, this.runs.length - SYNC_LOG_LIMIT)
      const arrivedMeanwhile = new Map(this.setAside)
      this.setAside.clear()
      for (const doc of saved.setAside) this.setAside.set(doc.docId, doc)
      for (const [docId, doc] of arrivedMeanwhile) this.setAside.set(docId, doc)
    } catch (error) {
      this.options.onError?.(error)
    }
    this.journalRead = true
  }

  /** Queues writing the journal; changes made while one write runs share the next write. */
  private saveJournal(): void {
    const journal = this.options.journal
    if (!journal || !this.journalRead || this.journalQueued) return
    this.journalQueued = true
    this.journalWrite = this.journalWrite
      .then(async () => {
        this.journalQueued = false
        await journal.write({ runs: [...this.runs], setAside: [...this.setAside.values()] })
      })
      .catch((error: unknown) => this.options.onError?.(error))
  }

  private async readAppliedSeq(): Promise<number | string> {
    try {
      const doc = await this.db.get(APPLIED_DOC)
      return (doc.seq as number | string | undefined) ?? 0
    } catch {
      return 0
    }
  }

  private async saveAppliedSeq(seq: number | string): Promise<void> {
    let rev: string | undefined
    try {
      rev = (await this.db.get(APPLIED_DOC))._rev
    } catch {
      rev = undefined
    }
    await this.db.put({ _id: APPLIED_DOC, seq, ...(rev ? { _rev: rev } : {}) })
  }
}

/** A number of changes in the run log: "1 wijziging", "3 wijzigingen". */
function changes(count: number): string {
  return `${count} ${count === 1 ? 'wijziging' : 'wijzigingen'}`
}
