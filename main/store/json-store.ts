import { dirname } from 'node:path'
import { current, Immer, isDraft } from 'immer'
import { Low } from 'lowdb'
import { z } from 'zod'
import { storeDataSchema, type StoreData } from '../../shared/model'
import { type DurableJsonAdapter } from './durable-json-adapter'
import { StoreStateError } from './store-state-error'
import { StoreWriteError, toStoreWriteError } from './store-write-error'
import { StoreSerialiser } from './store-serialiser'
import { type Store } from './types'

/** Options of {@link JsonStore}. */
export interface JsonStoreOptions {
  adapter: DurableJsonAdapter<StoreData>
  /** The data as it is on disk right now. */
  data: StoreData
  /**
   * Validate each change before it is written (default true), so a faulty change can never make the
   * file unloadable: the entities it added or replaced are checked with their collection's element
   * schema of `storeDataSchema` (other top-level values, such as the settings, with theirs). The written
   * data is the validated (normalised) form.
   */
  validateOnWrite?: boolean
  /**
   * Called after each successful disk write with the new data and the pieces of its file content
   * (e.g. for the daily backup, which can then write the same bytes without encoding them again).
   */
  onCommit?: (data: StoreData, content: readonly Uint8Array[]) => void
}

interface PendingChange {
  mutate: (data: StoreData, base: Readonly<StoreData>) => unknown
  resolve: (value: unknown) => void
  reject: (error: unknown) => void
}

interface AppliedChange {
  change: PendingChange
  result: unknown
}

type MutatorOutcome = { ok: true; result: unknown } | { ok: false; error: unknown }

/**
 * The open store: lowdb with the durable adapter and one write queue. `read()` returns the last state
 * that is on disk; `update()` calls are serialised, and changes that arrive while a write is in flight
 * share the next disk write. Each change resolves only once the write containing it is durable.
 */
export class JsonStore implements Store {
  private readonly db: Low<StoreData>
  private readonly adapter: DurableJsonAdapter<StoreData>
  private readonly validateOnWrite: boolean
  private readonly onCommit: ((data: StoreData, content: readonly Uint8Array[]) => void) | undefined
  private pending: PendingChange[] = []
  private draining: Promise<void> | undefined
  private closed = false
  private writeError: StoreWriteError | undefined
  private writes = 0
  private readonly serialiser = new StoreSerialiser()
  private preparing: ReturnType<typeof setImmediate> | undefined

  constructor(options: JsonStoreOptions) {
    this.adapter = options.adapter
    this.db = new Low(options.adapter, options.data)
    this.validateOnWrite = options.validateOnWrite ?? true
    this.onCommit = options.onCommit
  }

  get filePath(): string {
    return this.adapter.filePath
  }

  /** The error of the last disk write if it failed; cleared by the next successful write. */
  get lastWriteError(): StoreWriteError | undefined {
    return this.writeError
  }

  /** How many disk writes this store has made (batching makes this lower than the number of updates). */
  get writeCount(): number {
    return this.writes
  }

  /** True once `close()` was called. */
  get isClosed(): boolean {
    return this.closed
  }

  read(): Readonly<StoreData> {
    return this.db.data
  }

  update<T>(mutate: (data: StoreData, base: Readonly<StoreData>) => T): Promise<T> {
    if (this.closed) {
      return Promise.reject(
        new StoreStateError('CLOSED', 'De gegevens zijn gesloten; de wijziging is niet opgeslagen.'),
      )
    }
    return new Promise<T>((resolve, reject) => {
      this.pending.push({ mutate, resolve: resolve as (value: unknown) => void, reject })
      this.kick()
    })
  }

  async flush(): Promise<void> {
    while (this.draining) await this.draining
  }

  async close(): Promise<void> {
    this.closed = true
    this.stopPreparing()
    await this.flush()
  }

  /**
   * Encodes the data for writing in idle moments, a few milliseconds at a time, so the first change
   * after opening a large store is as quick as the next ones. Stops at the first write (which encodes
   * whatever is left itself) and at close.
   */
  prepareWrites(): void {
    if (this.closed || this.preparing !== undefined) return
    const step = this.serialiser.prepare(this.db.data)
    const slice = (): void => {
      const until = performance.now() + 8
      let more = true
      while (more && performance.now() < until) more = step()
      this.preparing = more ? setImmediate(slice) : undefined
    }
    this.preparing = setImmediate(slice)
  }

  private stopPreparing(): void {
    if (this.preparing !== undefined) clearImmediate(this.preparing)
    this.preparing = undefined
  }

  private kick(): void {
    if (this.draining) return
    this.draining = this.drain().finally(() => {
      this.draining = undefined
      if (this.pending.length > 0) this.kick()
    })
  }

  private async drain(): Promise<void> {
    // Let the rest of a synchronous burst join the first batch.
    await Promise.resolve()
    while (this.pending.length > 0) {
      const batch = this.pending
      this.pending = []
      await this.runBatch(batch)
    }
  }

  /** Applies a batch and writes it once; never throws (every caller's promise is settled). */
  private async runBatch(batch: PendingChange[]): Promise<void> {
    let next: StoreData
    let accepted: AppliedChange[]
    try {
      ;({ data: next, accepted } = this.applyBatch(batch))
    } catch (error) {
      // Only reachable through a bug here; fail the whole batch.
      for (const change of batch) change.reject(error)
      return
    }
    if (accepted.length === 0) return
    this.stopPreparing()
    let pieces: Uint8Array[] = []
    try {
      // Serialised once per batch; unchanged blocks of entities reuse their cached text.
      pieces = this.serialiser.pieces(next)
      await this.adapter.writeText(pieces)
    } catch (error) {
      const writeError = toStoreWriteError(error, dirname(this.filePath))
      this.writeError = writeError
      for (const { change } of accepted) change.reject(writeError)
      return
    }
    this.db.data = next
    this.writeError = undefined
    this.writes++
    for (const { change, result } of accepted) change.resolve(result)
    try {
      this.onCommit?.(next, pieces)
    } catch {
      // A failing observer must not undo an acknowledged write.
    }
  }

  /**
   * Runs the batch's mutators one after the other, each with immer on the state the previous one left
   * (structural sharing: only what a change touches is copied). A mutator that throws is rejected and
   * its draft discarded, so its partial changes vanish. With validation on, only the entities a change
   * added or replaced (and the settings when touched) are validated, with their own schema; a change
   * that would make the data invalid is refused on its own.
   */
  private applyBatch(batch: PendingChange[]): { data: StoreData; accepted: AppliedChange[] } {
    let state = this.db.data
    const accepted: AppliedChange[] = []
    for (const change of batch) {
      const outcome = applyChange(state, change)
      if (!outcome.ok) {
        change.reject(outcome.error)
        continue
      }
      let next = outcome.data
      if (this.validateOnWrite && next !== state) {
        const checked = validateChanges(state, next)
        if (!checked.ok) {
          change.reject(
            new StoreWriteError(
              'INVALID_DATA',
              `De wijziging is niet opgeslagen: de gegevens zouden niet meer kloppen (${checked.detail}).`,
              { cause: checked.error },
            ),
          )
          continue
        }
        next = checked.data
      }
      state = next
      accepted.push({ change, result: outcome.result })
    }
    return { data: state, accepted }
  }
}

type ChangeOutcome = { ok: true; data: StoreData; result: unknown } | { ok: false; error: unknown }

/** Thrown inside the recipe so immer discards the draft of a failed mutator. */
class DiscardDraft extends Error {}

/**
 * Applies one change with immer. The mutator's result is copied before the draft is finalised: drafts
 * in it become ordinary objects, and the caller gets its own copy, never an object of the store's state,
 * so services can return the entities they changed as they are.
 */
function applyChange(base: StoreData, change: PendingChange): ChangeOutcome {
  const box: { outcome: MutatorOutcome | undefined } = { outcome: undefined }
  try {
    const data = immer.produce(base, (draft) => {
      const outcome = runMutator(change, draft as StoreData, base)
      box.outcome = outcome.ok ? { ok: true, result: resultCopy(outcome.result) } : outcome
      if (!outcome.ok) throw new DiscardDraft()
    })
    const outcome = box.outcome
    if (!outcome?.ok) throw new Error('internal: the mutator did not run')
    return { ok: true, data, result: outcome.result }
  } catch (error) {
    if (error instanceof DiscardDraft && box.outcome && !box.outcome.ok) return box.outcome
    return { ok: false, error }
  }
}

/** Our own immer: produced state is not frozen (the store hands it out read-only by contract). */
const immer = new Immer({ autoFreeze: false })

/** A deep, plain copy of a mutator's result (drafts included). */
function resultCopy(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value
  return structuredClone(plainCopy(value))
}

/** `value` with every immer draft in it replaced by a plain copy of its current state. */
function plainCopy(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value
  if (isDraft(value)) return current(value)
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined
    value.forEach((item: unknown, index) => {
      const plain = plainCopy(item)
      if (plain !== item) (copy ??= [...(value as unknown[])])[index] = plain
    })
    return copy ?? value
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return value
  const record = value as Record<string, unknown>
  let copy: Record<string, unknown> | undefined
  for (const [key, item] of Object.entries(record)) {
    const plain = plainCopy(item)
    if (plain !== item) (copy ??= { ...record })[key] = plain
  }
  return copy ?? value
}

type Validated = { ok: true; data: StoreData } | { ok: false; detail: string; error: z.ZodError }

/** Above this many moved elements, finding the new ones by identity uses a Set. */
const POSITIONAL_LIMIT = 64

/**
 * Validates what changed from `before` to `next` (which immer produced from it): new or replaced
 * elements of each collection with the collection's element schema, other top-level values (settings,
 * schemaVersion) with their schema. Answers the normalised data, or the first issue with its full
 * path (`programmes.1.name: is verplicht`), as whole-store validation would.
 */
export function validateChanges(before: StoreData, next: StoreData): Validated {
  const shape = storeDataSchema.shape
  const out: Record<string, unknown> = { ...next }
  for (const key of Object.keys(out)) if (!(key in shape)) delete out[key]
  for (const key of Object.keys(shape) as Array<keyof typeof shape>) {
    const old: unknown = before[key]
    const value: unknown = next[key]
    if (old === value && key in next) continue
    const schema: z.ZodType = shape[key]
    const element = arrayElementSchema(schema)
    if (element && Array.isArray(value)) {
      let list: unknown[] | undefined
      for (const index of newIndices(old, value)) {
        const parsed = element.safeParse(value[index])
        if (!parsed.success) return invalid([key, index], parsed.error)
        // Keep the element itself when validation changed nothing in it: no second copy of a large import.
        if (!sameFields(parsed.data, value[index])) (list ??= [...value])[index] = parsed.data
      }
      if (list) out[key] = list
      continue
    }
    const parsed = schema.safeParse(value)
    if (!parsed.success) return invalid([key], parsed.error)
    if (parsed.data === undefined) delete out[key]
    else out[key] = parsed.data
  }
  return { ok: true, data: out as StoreData }
}

/** True when two plain objects have the same keys with identical values (one level deep). */
function sameFields(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  const keysA = Object.keys(a)
  if (keysA.length !== Object.keys(b).length) return false
  const recordA = a as Record<string, unknown>
  const recordB = b as Record<string, unknown>
  return keysA.every(
    (key) => Object.prototype.hasOwnProperty.call(recordB, key) && recordA[key] === recordB[key],
  )
}

function invalid(prefix: Array<string | number>, error: z.ZodError): Validated {
  const issue = error.issues[0]
  const path = [...prefix, ...(issue?.path ?? [])].map((part) => String(part)).join('.')
  return { ok: false, detail: `${path}: ${issue?.message ?? 'onbekende fout'}`, error }
}

function arrayElementSchema(schema: z.ZodType): z.ZodType | undefined {
  const inner = schema instanceof z.ZodDefault ? (schema.unwrap() as z.ZodType) : schema
  return inner instanceof z.ZodArray ? (inner.element as z.ZodType) : undefined
}

/** Indices of `next` holding an element that was not in `old` (compared by identity). */
function newIndices(old: unknown, next: readonly unknown[]): number[] {
  if (!Array.isArray(old)) return next.map((_, index) => index)
  const moved: number[] = []
  for (let i = 0; i < next.length; i += 1) {
    if (next[i] !== old[i]) moved.push(i)
    if (moved.length > POSITIONAL_LIMIT) {
      const known = new Set<unknown>(old)
      return next.flatMap((item, index) => (known.has(item) ? [] : [index]))
    }
  }
  // A few moved elements (a swap, an edit): validating them all costs no more than finding out.
  return moved
}

function runMutator(change: PendingChange, data: StoreData, base: StoreData): MutatorOutcome {
  try {
    const result = change.mutate(data, base)
    if (isThenable(result)) {
      Promise.resolve(result).catch(() => undefined)
      return {
        ok: false,
        error: new TypeError('update(): de wijziging moet synchroon zijn (geen async functie).'),
      }
    }
    return { ok: true, result }
  } catch (error) {
    return { ok: false, error }
  }
}

function isThenable(value: unknown): boolean {
  return (
    (typeof value === 'object' || typeof value === 'function') &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  )
}
