/**
 * Small-number suppression for counts of signals (special personal data) shown outside the app. A
 * count from 1 to 4 about a street could point at one household, so breakdowns by street show a street
 * only with at least {@link SMALL_NUMBER_THRESHOLD} signals. The other streets are pooled as "overige
 * straten", and the pool itself is either empty (0), or holds at least the threshold and at least two
 * streets — otherwise the reader could work out the hidden count from the total (complementary
 * suppression). Counts per category and per route for the whole programme are not about a place and
 * are shown as they are.
 */
export const SMALL_NUMBER_THRESHOLD = 5

/** One count by key (a street id, say). */
export interface KeyedCount<K> {
  key: K
  count: number
}

/** A breakdown safe to publish: the keys shown with their counts, and the rest pooled. */
export interface SuppressedBreakdown<K> {
  /** Keys shown on their own, largest first; every count is at least the threshold. */
  shown: Array<KeyedCount<K>>
  /** The keys not shown, as one pool (empty when every key is shown). */
  pooled: { keys: K[]; count: number }
  /** False when nothing can be shown by key at all (then only the total may be given). */
  breakdown: boolean
}

/**
 * Splits counts into those that may be shown by key and one pool of the rest. Rules: every shown count
 * is at least `threshold`; the pool's count is 0 or at least `threshold`; a pool with a count holds at
 * least two keys. Shown keys are moved into the pool, smallest first, until that holds; when nothing
 * stays shown, `breakdown` is false.
 */
export function suppressSmallCounts<K>(
  counts: ReadonlyArray<KeyedCount<K>>,
  threshold = SMALL_NUMBER_THRESHOLD,
): SuppressedBreakdown<K> {
  const shown = counts.filter((item) => item.count >= threshold).sort((a, b) => b.count - a.count)
  const pooled = counts.filter((item) => item.count < threshold)
  const poolCount = () => pooled.reduce((sum, item) => sum + item.count, 0)
  const unsafe = () => {
    const count = poolCount()
    return count > 0 && (count < threshold || pooled.length < 2)
  }
  while (shown.length > 0 && unsafe()) {
    const smallest = shown.pop()
    if (smallest) pooled.push(smallest)
  }
  if (unsafe() || shown.length === 0)
    return {
      shown: [],
      pooled: { keys: counts.map((item) => item.key), count: poolCount() },
      breakdown: false,
    }
  return {
    shown: shown.map((item) => ({ key: item.key, count: item.count })),
    pooled: { keys: pooled.map((item) => item.key), count: poolCount() },
    breakdown: true,
  }
}
