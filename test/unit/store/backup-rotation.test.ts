import { describe, expect, it } from 'vitest'
import {
  backupsToRemove,
  DEFAULT_ROTATION,
  type BackupContent,
  type RotationCandidate,
} from '../../../main/store/backup-rotation'
import { backupFileName, formatDay, type BackupKind } from '../../../main/store/store-paths'

const DAY = 24 * 60 * 60 * 1000

function backup(at: Date, kind: BackupKind = 'daily', content: BackupContent = 'data'): RotationCandidate {
  return { id: backupFileName(kind, at), kind, createdAt: at, content }
}

/** One daily backup at 09:00 on each of `days` days ending the day before `end`. */
function dailyRun(end: Date, days: number, content: BackupContent = 'data'): RotationCandidate[] {
  return Array.from({ length: days }, (_, i) => {
    const at = new Date(end.getTime() - (days - i) * DAY)
    at.setHours(9, 0, 0, 0)
    return backup(at, 'daily', content)
  })
}

function kept(candidates: RotationCandidate[], removed: string[]): RotationCandidate[] {
  const gone = new Set(removed)
  return candidates.filter((c) => !gone.has(c.id))
}

const now = new Date(2027, 2, 1, 12, 0, 0)

describe('backup rotation', () => {
  it('keeps the last 14 days with data, one a week for three months and one a month for a year', () => {
    const year = dailyRun(now, 400)
    const left = kept(year, backupsToRemove(year, new Set(), DEFAULT_ROTATION, now))
    const days = new Set(left.map((c) => formatDay(c.createdAt)))
    // The 14 newest days are all there.
    for (const c of year.slice(-14)) expect(days.has(formatDay(c.createdAt))).toBe(true)
    // Every month of the last year still has a backup; nothing older than a year is kept.
    for (let m = 1; m <= 11; m++) {
      const month = new Date(now.getFullYear(), now.getMonth() - m, 1)
      expect(
        left.some(
          (c) =>
            c.createdAt.getFullYear() === month.getFullYear() && c.createdAt.getMonth() === month.getMonth(),
        ),
      ).toBe(true)
    }
    expect(left.every((c) => c.createdAt.getTime() > now.getTime() - 366 * DAY)).toBe(true)
    // Bounded: no more than the three allowances together.
    expect(left.length).toBeLessThanOrEqual(14 + 13 + 12)
    expect(left.length).toBeGreaterThan(14 + 10)
  })

  it('counts days that hold data, not calendar days: a long pause removes nothing', () => {
    const before = dailyRun(new Date(now.getTime() - 200 * DAY), 14)
    expect(backupsToRemove(before, new Set(), DEFAULT_ROTATION, now)).toEqual([])
  })

  it('never lets backups of an empty store push out backups with data', () => {
    const withData = dailyRun(new Date(now.getTime() - 40 * DAY), 14)
    const empty = dailyRun(now, 40, 'empty')
    const all = [...withData, ...empty]
    const removed = backupsToRemove(all, new Set(), DEFAULT_ROTATION, now)
    const left = kept(all, removed)
    expect(left.filter((c) => c.content === 'data')).toHaveLength(14)
    // Of the empty ones only the newest stays.
    expect(left.filter((c) => c.content === 'empty').map((c) => c.id)).toEqual([empty.at(-1)?.id])
  })

  it('never removes a pinned backup or one it cannot read', () => {
    const old = backup(new Date(now.getTime() - 3 * 365 * DAY))
    const unreadable = backup(new Date(now.getTime() - 2 * 365 * DAY), 'daily', 'unreadable')
    const recent = dailyRun(now, 30)
    const all = [old, unreadable, ...recent]
    const removed = backupsToRemove(all, new Set([old.id]), DEFAULT_ROTATION, now)
    expect(removed).not.toContain(old.id)
    expect(removed).not.toContain(unreadable.id)
    expect(removed.length).toBeGreaterThan(0)
  })

  it('keeps a bounded number of manual and before-restore backups, empty ones apart', () => {
    const manual = Array.from({ length: 40 }, (_, i) => backup(new Date(now.getTime() - i * DAY), 'manual'))
    const emptyManual = Array.from({ length: 5 }, (_, i) =>
      backup(new Date(now.getTime() - i * DAY - 3600_000), 'manual', 'empty'),
    )
    const restore = [backup(new Date(now.getTime() - 500 * DAY), 'before-restore')]
    const all = [...manual, ...emptyManual, ...restore]
    const left = kept(all, backupsToRemove(all, new Set(), DEFAULT_ROTATION, now))
    expect(left.filter((c) => c.kind === 'manual' && c.content === 'data')).toHaveLength(30)
    expect(left.filter((c) => c.kind === 'manual' && c.content === 'empty')).toHaveLength(1)
    // The newest 30 with data, however old the only before-restore one is.
    expect(left.map((c) => c.id)).toContain(manual[0]?.id)
    expect(left.map((c) => c.id)).toContain(restore[0]?.id)
  })
})
