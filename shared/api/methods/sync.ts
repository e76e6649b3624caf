import { z } from 'zod'
import { idSchema, shortText } from '../../model'
import { method, noInput } from '../define-method'

/**
 * Where sharing stands, as the header shows it: `off` (not shared), `synchronised`, `waiting` (changes
 * not yet on the server), `offline` (server not reachable, retrying), `conflict` (two laptops changed
 * the same thing), `receiving` (changes from the team being put in), `needsPassword` (the browser
 * version asks each session), `loginRefused` (the server refuses the user name or password, e.g. after
 * the administrator changed it; a new password resumes), `error` (replication stopped otherwise).
 */
export type SyncState =
  | 'off'
  | 'starting'
  | 'synchronised'
  | 'receiving'
  | 'waiting'
  | 'offline'
  | 'conflict'
  | 'needsPassword'
  | 'loginRefused'
  | 'error'

/** The sharing status of this laptop. */
export interface SyncStatus {
  state: SyncState
  /** Changes made here that are not on the server yet. */
  pending: number
  conflicts: number
  /** Documents from the server that were refused (invalid) and kept aside. */
  setAside: number
  lastSyncedAt?: string
  /** The last problem, in Dutch. */
  message?: string
}

/** The team settings of this laptop (never the password). */
export interface SyncSettingsView {
  joined: boolean
  serverUrl: string
  database: string
  username: string
  programmeId: string
  shareIdentifiers: boolean
  /** The processing agreement named when the team chose to share resident identifiers. */
  agreement: string
  /** The coach who last switched sharing identifiers on or off for the team ('' when nobody did yet). */
  identifiersBy: string
  /** When that was (ISO date-time; '' when nobody did yet). */
  identifiersAt: string
  /** Whether a password is kept for this session (browser) or on this laptop (desktop). */
  hasPassword: boolean
  /** True on the desktop, where the password is kept encrypted; false in the browser (asked each session). */
  passwordKeptOnLaptop: boolean
}

/** The kinds of entries in the sync log. */
export const syncLogKinds = [
  'started',
  'synced',
  'offline',
  'error',
  'conflict',
  'setAside',
  'stopped',
  'team',
] as const

/** One run of the replication, for the log under Instellingen → Samenwerken. */
export interface SyncLogEntry {
  at: string
  kind: (typeof syncLogKinds)[number]
  sent: number
  received: number
  message: string
}

/** A document from the server that was refused and not applied. */
export interface SyncSetAsideDoc {
  docId: string
  rev: string
  reason: string
  at: string
}

/** An entity changed on two laptops: both versions, and the fields on which they differ. */
export interface SyncConflict {
  docId: string
  collection: string
  entityId: string
  /** "Ideeën: 'Moestuin' is op twee laptops gewijzigd" */
  message: string
  /** True when one laptop removed it and another changed it. */
  deletedElsewhere: boolean
  /** The number of versions; version 0 is the one the app applied (the winner). */
  versions: number
  fields: Array<{ field: string; values: unknown[] }>
}

/** A server address: https, or http only on this computer (localhost). */
export const syncServerUrlSchema = z
  .string({ error: 'moet tekst zijn' })
  .trim()
  .min(1, { error: 'is verplicht' })
  .max(500)
  // A space is never part of a server address (URL would quietly encode it as %20).
  .refine((text) => URL.canParse(text) && !/\s/.test(text), {
    error: 'is geen geldig webadres (bijvoorbeeld https://couch.gemeente.nl)',
    params: { rule: 'serverAddress' },
  })
  .refine(
    (text) => {
      if (!URL.canParse(text)) return true
      const url = new URL(text)
      const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)
      return url.protocol === 'https:' || (url.protocol === 'http:' && local)
    },
    {
      error: 'moet met https:// beginnen (http alleen voor een server op deze computer)',
      params: { rule: 'serverNeedsHttps' },
    },
  )
  .refine((text) => !URL.canParse(text) || (new URL(text).username === '' && new URL(text).password === ''), {
    error: 'zet de gebruikersnaam en het wachtwoord niet in het adres',
    params: { rule: 'serverAddressCredentials' },
  })

/** A CouchDB database name: lower-case letters, digits and _$()+-/ , starting with a letter. */
export const syncDatabaseSchema = z
  .string({ error: 'moet tekst zijn' })
  .trim()
  .refine((text) => /^[a-z][a-z0-9_-]{0,237}$/.test(text), {
    error:
      'alleen kleine letters, cijfers en - _ ; begin met een letter (bijvoorbeeld oldebroek-voor-mekaar)',
    params: { rule: 'databaseName' },
  })

const passwordSchema = z.string({ error: 'moet tekst zijn' }).min(1, { error: 'is verplicht' }).max(500)

/** Sharing a programme with the team through the organisation's CouchDB server. */
export const syncMethods = {
  'sync.status': method<SyncStatus>()(noInput, 'Where sharing with the team stands (the header indicator).'),
  'sync.settings': method<SyncSettingsView>()(
    noInput,
    'The team settings of this laptop, without the password.',
  ),
  'sync.join': method<SyncStatus>()(
    z
      .object({
        serverUrl: syncServerUrlSchema,
        database: syncDatabaseSchema,
        username: shortText(120).pipe(z.string().min(1, { error: 'is verplicht' })),
        password: passwordSchema,
        /** The programme to share; left out by a coach who joins a programme already on the server. */
        programmeId: idSchema.optional(),
        shareIdentifiers: z.boolean().default(false),
        /** Required when sharing identifiers: the name of the organisation's processing agreement. */
        agreement: shortText(200).default(''),
      })
      .strict()
      .refine((input) => !input.shareIdentifiers || input.agreement.trim().length > 0, {
        error: 'noem de verwerkersovereenkomst waaronder namen en telefoonnummers gedeeld mogen worden',
        path: ['agreement'],
        params: { rule: 'identifiersNeedAgreement' },
      }),
    'Share a programme with the team: server, database, user and password; starts replicating.',
  ),
  'sync.password': method<SyncStatus>()(
    z.object({ password: passwordSchema }).strict(),
    'The password for this session (the browser version asks for it each session).',
  ),
  'sync.leave': method<SyncStatus>()(noInput, 'Stop sharing; the data on this laptop stays as it is.'),
  'sync.conflicts': method<SyncConflict[]>()(noInput, 'Entities changed on two laptops, with both versions.'),
  'sync.resolve': method<SyncConflict[]>()(
    z
      .object({
        docId: shortText(200),
        /** Per differing field, the index of the version to keep (0 = the applied one). */
        choices: z.record(z.string().max(100), z.number().int().min(0).max(1000)),
      })
      .strict(),
    'Settle a conflict with a choice per field; the other versions are removed everywhere.',
  ),
  'sync.log': method<{ runs: SyncLogEntry[]; setAside: SyncSetAsideDoc[] }>()(
    noInput,
    'The last sync runs and the documents from the server that were refused.',
  ),
} as const
