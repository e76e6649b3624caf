/** A document as PouchDB hands it out. */
export interface RawDoc {
  _id: string
  _rev: string
  _deleted?: boolean
  _conflicts?: string[]
  _deleted_conflicts?: string[]
  [key: string]: unknown
}

/** What a write answers per document. */
export interface WriteResult {
  ok?: boolean
  id?: string
  rev?: string
  error?: string
  reason?: string
}

/** One entry of a changes feed. */
export interface ChangeRow {
  id: string
  seq: number | string
  deleted?: boolean
  /** With `style: 'all_docs'`: every leaf revision (more than one: versions in conflict). */
  changes?: Array<{ rev: string }>
}

/** A running feed or replication that can be stopped. */
export interface Cancellable {
  cancel(): void
  on(event: string, listener: (...args: never[]) => void): Cancellable
}

/** The part of PouchDB's database API the sync engine uses. */
export interface PouchDatabase {
  get(id: string, options?: Record<string, unknown>): Promise<RawDoc>
  put(doc: Record<string, unknown>): Promise<WriteResult>
  /** With `new_edits: false` the documents carry their own `_rev` and `_revisions` (a new branch). */
  bulkDocs(docs: Array<Record<string, unknown>>, options?: { new_edits?: boolean }): Promise<WriteResult[]>
  allDocs(options: Record<string, unknown>): Promise<{
    rows: Array<{
      id: string
      key: string
      value?: { rev: string; deleted?: boolean }
      doc?: RawDoc
      error?: string
    }>
  }>
  changes(
    options: Record<string, unknown>,
  ): Cancellable & Promise<{ results: ChangeRow[]; last_seq: number | string }>
  sync(
    remote: PouchDatabase,
    options: Record<string, unknown>,
  ): Cancellable & { push: Cancellable; pull: Cancellable }
  /** Removes the bodies of non-leaf revisions (the current versions and conflicts stay). */
  compact(): Promise<unknown>
  info(): Promise<{ update_seq: number | string; doc_count: number }>
  close(): Promise<void>
  destroy(): Promise<void>
}

interface PouchConstructor {
  new (name: string, options?: Record<string, unknown>): PouchDatabase
  plugin(plugin: unknown): PouchConstructor
}

let loaded: Promise<PouchConstructor> | undefined

/**
 * PouchDB with its plugins, loaded the first time a laptop shares (so an app that does not share never
 * loads the LevelDB binary). plugin() changes the one shared class, so the plugins are added once.
 */
function pouchDb(): Promise<PouchConstructor> {
  loaded ??= (async () => {
    const [core, leveldb, http, replication] = await Promise.all([
      import('pouchdb-core'),
      import('pouchdb-adapter-leveldb'),
      import('pouchdb-adapter-http'),
      import('pouchdb-replication'),
    ])
    return (core.default as PouchConstructor)
      .plugin(leveldb.default)
      .plugin(http.default)
      .plugin(replication.default)
  })()
  return loaded
}

/**
 * The laptop's copy of the shared programme: a LevelDB folder (leveldown ships prebuilt binaries for
 * Windows, macOS and Linux, so nothing is compiled on install).
 */
export async function openLocalDb(folder: string): Promise<PouchDatabase> {
  const PouchDB = await pouchDb()
  return new PouchDB(folder, { adapter: 'leveldb' })
}

/** The given leaf revisions of one document (PouchDB answers an array for `open_revs`). */
export async function readRevisions(
  db: PouchDatabase,
  id: string,
  revs: readonly string[],
): Promise<RawDoc[]> {
  if (revs.length === 0) return []
  const answer = (await db.get(id, { open_revs: [...revs] })) as unknown as Array<{ ok?: RawDoc }>
  return answer.flatMap((row) => (row.ok ? [row.ok] : []))
}

const answering = new WeakSet<PouchDatabase>()

/**
 * Makes `db.info()` answer instead of fail, for a database handed to PouchDB's replication. After each
 * batch the replication asks its source for its info without handling a failure (pouchdb-replication
 * 9, `finishBatch`): a server that goes away at that moment, or a local copy closed while the coach
 * leaves the team, would end the whole process with an unhandled rejection. The answer only feeds
 * PouchDB's progress figures; the replication notices the failure on its next request and retries.
 */
export function withInfoThatAnswers(db: PouchDatabase): PouchDatabase {
  if (answering.has(db)) return db
  const info = db.info.bind(db)
  db.info = () => info().catch(() => ({ update_seq: 0, doc_count: 0 }))
  answering.add(db)
  return db
}

/** The team's database on the server (CouchDB 3.x); it must exist (one per programme, made by the admin). */
export async function openRemoteDb(
  url: string,
  auth: { username: string; password: string },
): Promise<PouchDatabase> {
  const PouchDB = await pouchDb()
  return new PouchDB(url, { skip_setup: true, auth: { username: auth.username, password: auth.password } })
}
