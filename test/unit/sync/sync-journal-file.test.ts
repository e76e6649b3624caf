import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  readSyncJournal,
  SYNC_JOURNAL_FILE,
  SYNC_LOG_LIMIT,
  SYNC_SET_ASIDE_LIMIT,
  writeSyncJournal,
} from '../../../main/services/sync/sync-journal-file'

let dataDir: string
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'kc-sync-journal-'))
})
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true })
})

const at = (n: number): string => new Date(Date.UTC(2026, 10, 1, 0, n)).toISOString()

describe('the sync log file', () => {
  it('reads back what was written, keeping only the newest runs and refused documents', async () => {
    const runs = Array.from({ length: SYNC_LOG_LIMIT + 7 }, (_, n) => ({
      at: at(n),
      kind: 'synced' as const,
      sent: n,
      received: 0,
      message: `Bijgewerkt: ${n} verstuurd, 0 ontvangen.`,
    }))
    const setAside = Array.from({ length: SYNC_SET_ASIDE_LIMIT + 3 }, (_, n) => ({
      docId: `ideas:${n}`,
      rev: `1-${n}`,
      reason: 'Ideeën: title: moet tekst zijn',
      at: at(n),
    }))
    await writeSyncJournal(dataDir, { runs, setAside })
    const read = await readSyncJournal(dataDir)
    expect(read.runs).toEqual(runs.slice(-SYNC_LOG_LIMIT))
    expect(read.setAside).toEqual(setAside.slice(-SYNC_SET_ASIDE_LIMIT))
    // Written through a temporary file that is renamed: nothing else stays behind.
    expect(await readdir(dataDir)).toEqual([SYNC_JOURNAL_FILE])
  })

  it('starts empty when the file is missing, damaged or not a sync log', async () => {
    expect(await readSyncJournal(dataDir)).toEqual({ runs: [], setAside: [] })
    await writeFile(join(dataDir, SYNC_JOURNAL_FILE), '{"runs": [')
    expect(await readSyncJournal(dataDir)).toEqual({ runs: [], setAside: [] })
    await writeFile(
      join(dataDir, SYNC_JOURNAL_FILE),
      JSON.stringify({
        runs: [{ at: 'gisteren', kind: 'synced', sent: 1, received: 1, message: '' }],
        setAside: [],
      }),
    )
    expect(await readSyncJournal(dataDir)).toEqual({ runs: [], setAside: [] })
  })
})
