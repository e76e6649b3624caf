import { type ApiInput, type ApiMethod, type ApiResult } from '../../../shared/api/contract'
import { currentDataVersion } from './invalidation'

/** The key of one query: its method and input, as `useApiQuery` loads it. */
export function queryKey(method: ApiMethod, input: unknown): string {
  return `${method}:${JSON.stringify(input ?? null)}`
}

/** An answer the app fetched before a screen asked for it, waiting for that screen. */
export interface PrimedAnswer<T> {
  /** Settles with the answer (or the failure of the call that brings it). */
  promise: Promise<T>
  /** Set once the answer is in, so a screen mounting later shows it in its very first render. */
  settled?: { value: T }
  /**
   * Fetched ahead on a guess (see {@link prefetchAnswer}): the screen shows it at once if it is in,
   * and loads the answer anew all the same.
   */
  revalidate?: boolean
}

interface Entry {
  answer: PrimedAnswer<unknown>
  /** The data version the answer belongs to (see invalidation.ts); after a change it is stale. */
  version: number
}

const primed = new Map<string, Entry>()

/**
 * Offers an answer for one query before any screen asks: the first screen's data, which arrives in
 * one `app.start` call. The first {@link takePrimedAnswer} for the same method and input at the same
 * data version gets it, instead of calling the host again; after that the query loads as usual.
 */
export function primeAnswer<M extends ApiMethod>(
  method: M,
  input: ApiInput<M> | undefined,
  promise: Promise<ApiResult<M>>,
): void {
  const answer: PrimedAnswer<unknown> = { promise }
  promise.then(
    (value) => (answer.settled = { value }),
    () => undefined, // the screen that takes the answer sees the failure
  )
  primed.set(queryKey(method, input), { answer, version: currentDataVersion() })
}

/** Like {@link primeAnswer}, for an answer that is already in. */
export function primeValue<M extends ApiMethod>(
  method: M,
  input: ApiInput<M> | undefined,
  value: ApiResult<M>,
): void {
  const answer: PrimedAnswer<unknown> = { promise: Promise.resolve(value), settled: { value } }
  primed.set(queryKey(method, input), { answer, version: currentDataVersion() })
}

/** A guess ahead of a click stays usable this long; after that the screen simply loads. */
const PREFETCH_MAX_AGE_MS = 60_000

/**
 * Fetches an answer the coach will probably need next (the calendar's sessions, while the dashboard
 * is idle) and offers it like {@link primeAnswer}, to be shown at once and then refreshed. A failed
 * fetch is simply not offered, and an unused one is dropped after a minute.
 */
export function prefetchAnswer<M extends ApiMethod>(
  method: M,
  input: ApiInput<M> | undefined,
  fetch: () => Promise<ApiResult<M>>,
): Promise<unknown> {
  const key = queryKey(method, input)
  const entry: Entry = { answer: { promise: fetch(), revalidate: true }, version: currentDataVersion() }
  primed.set(key, entry)
  const drop = () => {
    if (primed.get(key) === entry) primed.delete(key)
  }
  return entry.answer.promise.then((value) => {
    entry.answer.settled = { value }
    setTimeout(drop, PREFETCH_MAX_AGE_MS)
  }, drop)
}

/** Takes (once) the primed answer for a query key, if there is one for this data version. */
export function takePrimedAnswer(key: string, version: number): PrimedAnswer<unknown> | undefined {
  const entry = primed.get(key)
  if (entry === undefined) return undefined
  primed.delete(key)
  return entry.version === version ? entry.answer : undefined
}
