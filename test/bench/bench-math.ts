/** The middle value (mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  if (sorted.length === 0) return Number.NaN
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}

/** Milliseconds one run of `work` takes. */
export async function timeIt(work: () => unknown): Promise<number> {
  const start = performance.now()
  await work()
  return performance.now() - start
}

/** One figure of the benchmark, as printed and as written with --json. */
export interface BenchFigure {
  scale: number
  metric: string
  value: number
  unit: 'ms' | 'ratio' | 'MB' | 'kB'
  target: number | null
  ok: boolean | null
}

/** A figure with its target (null: printed for comparison only). */
export function figure(
  scale: number,
  metric: string,
  value: number,
  unit: BenchFigure['unit'],
  target: number | null,
): BenchFigure {
  return {
    scale,
    metric,
    value: Math.round(value * 100) / 100,
    unit,
    target,
    ok: target === null ? null : value <= target,
  }
}
