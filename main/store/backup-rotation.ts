import { getISOWeek, getISOWeekYear, subDays, subMonths } from 'date-fns'
import { formatDay, type BackupKind } from './store-paths'

/** What a backup holds, as far as rotation cares: coach's data, an empty store, or bytes it cannot read. */
export type BackupContent = 'data' | 'empty' | 'unreadable'

/** One backup as the rotation sees it. */
export interface RotationCandidate {
  id: string
  kind: BackupKind
  createdAt: Date
  content: BackupContent
}

/** How many backups rotation keeps. */
export interface RotationPolicy {
  /** Daily backups: the newest of each of this many most recent days that hold data (default 14). */
  dataDays: number
  /** Besides those: the newest daily backup with data of each calendar week this many weeks back. */
  weeks: number
  /** Besides those: the newest daily backup with data of each month this many months back. */
  months: number
  /** Manual, before-restore and before-migration backups with data: the newest this many of each kind. */
  otherPerKind: number
  /** Backups of an empty store: the newest this many of each kind (they never count towards the others). */
  emptyPerKind: number
}

/** The app's rotation: 14 days with data, one a week for three months, one a month for a year. */
export const DEFAULT_ROTATION: RotationPolicy = {
  dataDays: 14,
  weeks: 13,
  months: 12,
  otherPerKind: 30,
  emptyPerKind: 1,
}

const newestFirst = (a: RotationCandidate, b: RotationCandidate): number =>
  b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)

/** Keeps the newest candidate per key, for the first `limit` keys (newest first) that pass `within`. */
function newestPerKey(
  sorted: readonly RotationCandidate[],
  key: (candidate: RotationCandidate) => string,
  limit: number,
  within: (candidate: RotationCandidate) => boolean = () => true,
): string[] {
  const seen = new Set<string>()
  const kept: string[] = []
  for (const candidate of sorted) {
    if (!within(candidate)) continue
    const k = key(candidate)
    if (seen.has(k)) continue
    if (seen.size >= limit) break
    seen.add(k)
    kept.push(candidate.id)
  }
  return kept
}

/**
 * The backups rotation removes, as ids. It never removes a pinned backup (the newest one made
 * before damage, a restore or a migration), nor one it cannot read; backups of an empty store have
 * their own small allowance, so a run of days on an empty store never pushes out backups with data.
 * Daily backups with data are kept Time-Machine style: the newest of each of the last `dataDays`
 * days that hold data (however long ago), plus the newest of each week and of each month further back.
 */
export function backupsToRemove(
  candidates: readonly RotationCandidate[],
  pinned: ReadonlySet<string>,
  policy: RotationPolicy,
  now: Date,
): string[] {
  const sorted = [...candidates].sort(newestFirst)
  const keep = new Set<string>(pinned)
  const dailyWithData = sorted.filter((c) => c.kind === 'daily' && c.content === 'data')
  const weeksFrom = subDays(now, policy.weeks * 7)
  const monthsFrom = subMonths(now, policy.months)
  const kept = [
    ...newestPerKey(dailyWithData, (c) => formatDay(c.createdAt), Math.max(1, policy.dataDays)),
    ...newestPerKey(
      dailyWithData,
      (c) => `${getISOWeekYear(c.createdAt)}-${getISOWeek(c.createdAt)}`,
      policy.weeks,
      (c) => c.createdAt >= weeksFrom,
    ),
    ...newestPerKey(
      dailyWithData,
      (c) => `${c.createdAt.getFullYear()}-${c.createdAt.getMonth()}`,
      policy.months,
      (c) => c.createdAt >= monthsFrom,
    ),
  ]
  for (const id of kept) keep.add(id)
  for (const kind of ['manual', 'before-migration', 'before-restore'] as const) {
    const ofKind = sorted.filter((c) => c.kind === kind && c.content === 'data')
    for (const c of ofKind.slice(0, Math.max(1, policy.otherPerKind))) keep.add(c.id)
  }
  for (const kind of ['daily', 'manual', 'before-migration', 'before-restore'] as const) {
    const empty = sorted.filter((c) => c.kind === kind && c.content === 'empty')
    for (const c of empty.slice(0, policy.emptyPerKind)) keep.add(c.id)
  }
  return sorted.filter((c) => c.content !== 'unreadable' && !keep.has(c.id)).map((c) => c.id)
}
