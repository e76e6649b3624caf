import { z } from 'zod'
import { type ProgrammeStats } from '../../domain/stats-types'
import { type SyncSettingsView, type SyncStatus } from './sync'
import {
  idSchema,
  programmeDraftSchema,
  programmeGoalsSchema,
  programmePeriodSchema,
  requiredText,
  longText,
  themeSchema,
  settingsPatchSchema,
  type Programme,
  type ProgrammeSummary,
  type Settings,
  type StoreCounts,
} from '../../model'

import { MIN_PASSPHRASE_LENGTH, passphraseStrength } from '../../domain/passphrase-strength'
import { starterPartnerKinds } from '../../domain/starter-partners'
import { method, noInput } from '../define-method'

/** Where the store stands: loaded, or in need of the coach's choice after a problem. */
export interface AppStatus {
  appVersion: string
  /** `ok`: working normally. `recovery`: the store could not be loaded; see `problem` and `backups`. */
  store: 'ok' | 'recovery'
  problem?: StoreProblem
  dataDir: string
  /** True when no programme exists yet (first run). */
  firstRun: boolean
  /** A write that failed last; cleared by the next successful write. */
  lastWriteError?: string
}

/**
 * Everything the first screen needs, in one answer, so the dashboard can show its figures without a
 * chain of calls: the status and, when the store is usable, the programmes, the settings and the key
 * figures of the programme the app opens on. Each part is exactly what its own method answers
 * (`app.status`, `programme.list`, `settings.get`, `stats.programme`).
 */
export interface AppStart {
  status: AppStatus
  /** Newest first; empty when the store needs recovery. */
  programmes: ProgrammeSummary[]
  /** Absent when the store needs recovery. */
  settings?: Settings
  /** Key figures of the active programme; absent without programmes or when the store needs recovery. */
  dashboard?: { programmeId: string; stats: ProgrammeStats }
  /** Where sharing with the team stands, for the header and the sidebar; absent where the host cannot share. */
  sync?: { status: SyncStatus; settings: SyncSettingsView }
}

/** Why the store could not be loaded, in the coach's words, and where the damaged file went. */
export interface StoreProblem {
  kind: 'corrupt' | 'invalid' | 'newer-version' | 'unreadable'
  message: string
  movedAsideTo?: string
  /** When the problem was first found (ISO); it stays until the coach restores or starts empty. */
  since?: string
  /** The newest backup with data from before the problem: the one to offer first. */
  lastGoodBackupId?: string
}

/** One backup of the store that can be restored. */
export interface BackupInfo {
  id: string
  createdAt: string
  kind: 'daily' | 'manual' | 'before-migration' | 'before-restore'
  sizeBytes: number
  counts: StoreCounts
}

/** Result of loading the demo programme. */
export interface DemoLoaded {
  programmeId: string
  counts: { streets: number; addresses: number; ideas: number; sessions: number; contacts: number }
}

/** What a backup file holds, as shown before restoring it. */
export interface BackupFileContents {
  appVersion: string
  createdAt: string
  counts: StoreCounts
  programmes: Array<{ name: string; gemeente: string }>
  /** False for a file made before backup files were encrypted: the coach is warned. */
  encrypted: boolean
}

/** A checked backup file: its contents, or `locked` when it is encrypted and no passphrase was given. */
export type BackupFileInspection = { locked: true } | ({ locked: false } & BackupFileContents)

/** The largest .kcbackup file the app reads, in base64 characters. */
export const MAX_BACKUP_BASE64_CHARS = 300_000_000

const backupFileInput = z
  .object({
    fileName: z.string().max(255),
    base64: z.string().max(MAX_BACKUP_BASE64_CHARS, { error: 'het bestand is te groot' }),
    /** The passphrase the file was saved with; not needed for an old, unencrypted file. */
    passphrase: z.string().min(1, { error: 'is verplicht' }).max(1024).optional(),
  })
  .strict()

/** A new passphrase for a backup file: long enough and not easy to guess. */
const newPassphraseSchema = z
  .string({ error: 'is verplicht' })
  .max(1024, { error: 'mag hoogstens 1024 tekens zijn' })
  .refine((value) => passphraseStrength(value) !== 'te-kort', {
    error: `moet minstens ${MIN_PASSPHRASE_LENGTH} tekens zijn`,
    params: { rule: 'passphraseTooShort' },
    abort: true,
  })
  .refine((value) => passphraseStrength(value) !== 'zwak', {
    error: 'is te makkelijk te raden; kies bijvoorbeeld vier losse woorden',
    params: { rule: 'passphraseWeak' },
  })

/** The form of a backup's id (its file name in the backups folder). */
export const BACKUP_ID_PATTERN = /^[A-Za-z0-9._-]+$/

const backupIdSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(BACKUP_ID_PATTERN, { error: 'is geen bekende back-up' })

/** The foundation's methods: app status, programmes, demo, statistics, settings, backups. */
export const coreMethods = {
  'app.status': method<AppStatus>()(noInput, 'Where the app and its store stand.'),
  'app.start': method<AppStart>()(
    noInput,
    'What the first screen needs in one answer: status, programmes, settings, key figures of the active programme, and where sharing with the team stands.',
  ),

  'programme.list': method<ProgrammeSummary[]>()(noInput, 'All programmes, newest first.'),
  'programme.get': method<Programme>()(z.object({ programmeId: idSchema }).strict(), 'One programme.'),
  'programme.create': method<Programme>()(
    programmeDraftSchema
      .extend({
        starterPartners: z.array(z.enum(starterPartnerKinds)).max(starterPartnerKinds.length).default([]),
      })
      .strict(),
    'Start a new programme; it becomes the active one, with the ticked usual partners.',
  ),
  'programme.update': method<Programme>()(
    z
      .object({
        programmeId: idSchema,
        name: requiredText(120).optional(),
        gemeente: requiredText(80).optional(),
        description: longText(4000).optional(),
        period: programmePeriodSchema.optional(),
        goals: programmeGoalsSchema.optional(),
        themes: z.array(themeSchema).max(100).optional(),
      })
      .strict(),
    'Change a programme; only the given fields change.',
  ),

  'demo.load': method<DemoLoaded>()(
    z
      .object({ scale: z.number().int().min(1).max(100).default(1) })
      .strict()
      .default({ scale: 1 }),
    'Add the demo programme (Oldebroek Voor Mekaar) and make it active.',
  ),

  'stats.programme': method<ProgrammeStats>()(
    z.object({ programmeId: idSchema }).strict(),
    'Key figures of one programme.',
  ),

  'settings.get': method<Settings>()(noInput, 'The app settings.'),
  'settings.update': method<Settings>()(
    settingsPatchSchema,
    'Change settings; only the given fields change.',
  ),

  'backup.list': method<BackupInfo[]>()(noInput, 'Backups in the data folder, newest first.'),
  'backup.create': method<BackupInfo>()(noInput, 'Make a backup now.'),
  'backup.restore': method<{ restored: BackupInfo }>()(
    z.object({ backupId: backupIdSchema }).strict(),
    'Replace the data with a backup; the current data is kept as a backup first.',
  ),
  'backup.exportFile': method<{ fileName: string; base64: string }>()(
    z.object({ passphrase: newPassphraseSchema }).strict(),
    'The whole store as one .kcbackup file, encrypted with the passphrase (scrypt, AES-256-GCM), to keep elsewhere.',
  ),
  'backup.inspectFile': method<BackupFileInspection>()(
    backupFileInput,
    'Check a .kcbackup file and say what is in it (with the passphrase when it is encrypted), without changing anything.',
  ),
  'backup.importFile': method<BackupFileContents>()(
    backupFileInput,
    'Replace the data with a .kcbackup file; the current data is kept as a backup first.',
  ),
  'recovery.startEmpty': method<{ ok: true }>()(
    noInput,
    'In recovery: start with an empty store (the damaged file stays where it was moved).',
  ),
} as const
