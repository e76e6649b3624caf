import { dirname } from 'node:path'
import { Low } from 'lowdb'
import { storeDataSchema, type StoreData } from '../../shared/model'
import { describeIssue } from './decode-store-file'
import { type DurableJsonAdapter } from './durable-json-adapter'
import { StoreStateError } from './store-state-error'
import { StoreWriteError, toStoreWriteError } from './store-write-error'
import { type Store } from './types'

/** Options of {@link JsonStore}. */
export interface JsonStoreOptions {
  adapter: DurableJsonAdapter<StoreData>
  /** The data as it is on disk right now. */
  data: StoreData
  /**
   * Validate the data with `storeDataSchema` before every write (default true), so a faulty change can
   * never make the file unloadable. The written data is the validated (normalised) form.
   */
  validateOnWrite?: boolean
  /** Called after each successful disk write with the new data (e.g. for the daily backup). */
  onCommit?: (data: StoreData) => void
}

interface PendingChange {
  mutate: (data: StoreData) => unknown
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
  private readonly onCommit: ((data: StoreData) => void) | undefined
  private pending: PendingChange[] = []
  private draining: Promise<void> | undefined
  private closed = false
  private writeError: StoreWriteError | undefined
  private writes = 0

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

  update<T>(mutate: (data: StoreData) => T): Promise<T> {
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
    await this.flush()
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
      // Only reachable through a bug here (e.g. structuredClone failing); fail the whole batch.
      for (const change of batch) change.reject(error)
      return
    }
    if (accepted.length === 0) return
    try {
      await this.adapter.write(next)
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
      this.onCommit?.(next)
    } catch {
      // A failing observer must not undo an acknowledged write.
    }
  }

  /**
   * Runs the batch's mutators on one copy of the data. A mutator that throws is rejected and the copy
   * is rebuilt without it, so its partial changes vanish. With validation on, a batch that would not
   * validate is retried change by change so only the offending change is refused.
   */
  private applyBatch(batch: PendingChange[]): { data: StoreData; accepted: AppliedChange[] } {
    const base = this.db.data
    const { working, accepted } = applyAll(base, batch)
    if (accepted.length === 0 || !this.validateOnWrite) return { data: working, accepted }
    const parsed = storeDataSchema.safeParse(working)
    if (parsed.success) return { data: parsed.data, accepted }

    let current = base
    const good: AppliedChange[] = []
    for (const { change } of accepted) {
      const copy = structuredClone(current)
      const outcome = runMutator(change, copy)
      if (!outcome.ok) {
        change.reject(outcome.error)
        continue
      }
      const checked = storeDataSchema.safeParse(copy)
      if (!checked.success) {
        change.reject(
          new StoreWriteError(
            'INVALID_DATA',
            `De wijziging is niet opgeslagen: de gegevens zouden niet meer kloppen (${describeIssue(checked.error)}).`,
            {
              cause: checked.error,
            },
          ),
        )
        continue
      }
      current = checked.data
      good.push({ change, result: outcome.result })
    }
    return { data: current, accepted: good }
  }
}

/** Applies every change to one copy of `base`; on a failure, rejects it and starts over without it. */
function applyAll(
  base: StoreData,
  batch: PendingChange[],
): { working: StoreData; accepted: AppliedChange[] } {
  let candidates = batch
  for (;;) {
    const working = structuredClone(base)
    const accepted: AppliedChange[] = []
    let failed: PendingChange | undefined
    for (const change of candidates) {
      const outcome = runMutator(change, working)
      if (!outcome.ok) {
        change.reject(outcome.error)
        failed = change
        break
      }
      accepted.push({ change, result: outcome.result })
    }
    if (!failed) return { working, accepted }
    const without = failed
    candidates = candidates.filter((change) => change !== without)
  }
}

function runMutator(change: PendingChange, data: StoreData): MutatorOutcome {
  try {
    const result = change.mutate(data)
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
