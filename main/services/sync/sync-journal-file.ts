import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { syncLogKinds, type SyncLogEntry, type SyncSetAsideDoc } from '../../../shared/api/methods/sync'
import { isoDateTimeSchema } from '../../../shared/model'
import { writeFileDurably } from '../../store/durable-write'
import { nodeFsOps } from '../../store/fs-ops'

/** The sync log and the documents set aside, kept next to the team settings in the data folder. */
export const SYNC_JOURNAL_FILE = 'krachtstroom.sync-log.json'

/** The last runs kept in the log. */
export const SYNC_LOG_LIMIT = 50
/** The refused documents kept in the list (the newest). */
export const SYNC_SET_ASIDE_LIMIT = 500

const logEntrySchema = z.object({
  at: isoDateTimeSchema,
  kind: z.enum(syncLogKinds),
  sent: z.number().int().min(0),
  received: z.number().int().min(0),
  message: z.string().max(2000),
})

const setAsideSchema = z.object({
  docId: z.string().min(1).max(1000),
  rev: z.string().max(200),
  reason: z.string().max(2000),
  at: isoDateTimeSchema,
})

const journalSchema = z.object({
  runs: z.array(logEntrySchema).max(SYNC_LOG_LIMIT),
  setAside: z.array(setAsideSchema).max(SYNC_SET_ASIDE_LIMIT),
})

/** The sync log (oldest run first) and the documents set aside. */
export interface SyncJournal {
  runs: SyncLogEntry[]
  setAside: SyncSetAsideDoc[]
}

/** Where the engine keeps its log across restarts of the app. */
export interface SyncJournalStore {
  read(): Promise<SyncJournal>
  write(journal: SyncJournal): Promise<void>
}

const EMPTY: SyncJournal = { runs: [], setAside: [] }

/** The journal as it is written: only its newest entries, each within the limits the reader accepts. */
export function boundedJournal(journal: SyncJournal): SyncJournal {
  const clip = (text: string): string => (text.length > 2000 ? `${text.slice(0, 1999)}…` : text)
  return {
    runs: journal.runs.slice(-SYNC_LOG_LIMIT).map((run) => ({ ...run, message: clip(run.message) })),
    setAside: journal.setAside.slice(-SYNC_SET_ASIDE_LIMIT).map((doc) => ({
      ...doc,
      docId: doc.docId.slice(0, 1000),
      rev: doc.rev.slice(0, 200),
      reason: clip(doc.reason),
    })),
  }
}

/** Reads the journal; empty when there is none yet or it is not valid (it is a log, never data). */
export async function readSyncJournal(dataDir: string): Promise<SyncJournal> {
  let text: string
  try {
    text = await readFile(join(dataDir, SYNC_JOURNAL_FILE), 'utf8')
  } catch {
    return EMPTY
  }
  try {
    const parsed = journalSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : EMPTY
  } catch {
    return EMPTY
  }
}

/** Writes the journal durably (temp file, fsync, rename), bounded in size. */
export async function writeSyncJournal(dataDir: string, journal: SyncJournal): Promise<void> {
  await writeFileDurably(
    join(dataDir, SYNC_JOURNAL_FILE),
    `${JSON.stringify(boundedJournal(journal), null, 2)}\n`,
    { fs: nodeFsOps },
  )
}

export async function removeSyncJournal(dataDir: string): Promise<void> {
  await rm(join(dataDir, SYNC_JOURNAL_FILE), { force: true })
}

/** The journal file of one data folder. */
export function syncJournalFile(dataDir: string): SyncJournalStore {
  return { read: () => readSyncJournal(dataDir), write: (journal) => writeSyncJournal(dataDir, journal) }
}
