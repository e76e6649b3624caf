import { mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { type SyncSettingsView, type SyncStatus } from '../../../shared/api/methods/sync'
import { ApiFailure } from '../../../shared/api'
import { sameTeamChoice, teamChoiceLine, type TeamIdentifiersChoice } from '../../../shared/sync'
import { type StoreManager } from '../../store/types'
import { openLocalDb, openRemoteDb, type PouchDatabase } from './local-db'
import { type SecretStore } from './secret-store'
import { SyncEngine } from './sync-engine'
import { removeSyncJournal, syncJournalFile } from './sync-journal-file'
import {
  readSyncSettings,
  removeSyncSettings,
  writeSyncSettings,
  type SyncSettings,
} from './sync-settings-file'
import { reportFormat } from '../../../shared/reports/report-format'

/** The folder in the data folder that holds the local copies of shared programmes. */
export const SYNC_FOLDER = 'samenwerken'
const PASSWORD_KEY = 'sync-password'

const OFF: SyncStatus = { state: 'off', pending: 0, conflicts: 0, setAside: 0 }

/** Options of {@link SyncController}. */
export interface SyncControllerOptions {
  dataDir: string
  stores: StoreManager
  clock: () => Date
  secrets: SecretStore
  /** Longest wait between reconnection attempts (tests shorten it). */
  maxRetryDelayMs?: number
}

/**
 * Owns sharing for one data folder: the settings file, the password (through the injected secret
 * store), the local copy and the running engine. Joining, a new password and leaving restart or stop
 * the engine; leaving keeps the store's data as it is.
 */
export class SyncController {
  private readonly options: SyncControllerOptions
  private settings: SyncSettings | undefined
  private engine: SyncEngine | undefined
  private db: PouchDatabase | undefined
  private readonly unsubscribe: () => void
  private busy: Promise<unknown> = Promise.resolve()
  /** True until `start()` has read the settings (and started the engine when this laptop shares). */
  private resuming = true

  constructor(options: SyncControllerOptions) {
    this.options = options
    this.unsubscribe = options.stores.onCommitted(() => this.engine?.storeCommitted())
  }

  /** Resumes sharing after a start when this laptop had joined a team. */
  start(): Promise<void> {
    return this.exclusive(async () => {
      try {
        this.settings = await readSyncSettings(this.options.dataDir)
        if (this.settings) await this.startEngine(this.settings)
      } finally {
        this.resuming = false
      }
    })
  }

  status(): SyncStatus {
    return this.engine?.status() ?? (this.resuming ? { ...OFF, state: 'starting' } : OFF)
  }

  async settingsView(): Promise<SyncSettingsView> {
    const settings = this.settings
    const hasPassword = (await this.options.secrets.get(PASSWORD_KEY)) !== undefined
    return {
      joined: settings !== undefined,
      serverUrl: settings?.serverUrl ?? '',
      database: settings?.database ?? '',
      username: settings?.username ?? '',
      programmeId: settings?.programmeId ?? '',
      shareIdentifiers: settings?.shareIdentifiers ?? false,
      agreement: settings?.agreement ?? '',
      identifiersBy: settings?.identifiersBy ?? '',
      identifiersAt: settings?.identifiersAt ?? '',
      hasPassword: settings !== undefined && hasPassword,
      passwordKeptOnLaptop: this.options.secrets.persistent,
    }
  }

  /**
   * Joins (or changes) the team settings and starts sharing. A change of the choice about resident
   * identifiers is the team's: it goes into the team document, which every laptop follows (a coach who
   * joins for the first time sets it only by switching it on). The local copy stays unless the
   * programme, the database or the server changes: new revisions are written on top of the server's.
   */
  join(settings: SyncSettings, password: string): Promise<SyncStatus> {
    return this.exclusive(async () => {
      const previous = this.settings
      await this.stopEngine()
      const sameCopy =
        previous !== undefined &&
        previous.programmeId === settings.programmeId &&
        previous.database === settings.database &&
        previous.serverUrl === settings.serverUrl
      if (previous && !sameCopy) await this.removeLocalCopy(previous)
      const chosen = sameCopy ? !sameTeamChoice(previous, settings) : settings.shareIdentifiers
      const next: SyncSettings = chosen
        ? {
            ...settings,
            identifiersBy: settings.username,
            identifiersAt: this.options.clock().toISOString(),
          }
        : { ...settings, ...(sameCopy ? whoChose(previous) : {}) }
      await writeSyncSettings(this.options.dataDir, next)
      await this.options.secrets.set(PASSWORD_KEY, password)
      this.settings = next
      const switched = sameCopy && previous.shareIdentifiers !== next.shareIdentifiers
      // Switched on: documents refused before (signals) fit now, so the copy is read again.
      await this.startEngine(next, switched && next.shareIdentifiers)
      const choice = teamChoiceOf(next)
      if (chosen && choice) {
        await this.engine?.publishTeamChoice(choice)
        this.engine?.note(`${teamChoiceLine(choice, dayOf)}.`)
      }
      if (switched && !next.shareIdentifiers) await this.engine?.compactLocalCopy()
      return this.status()
    })
  }

  /**
   * Follows the team's choice about resident identifiers (from the team document): this laptop shares
   * them, or stops sharing them, as the team chose. The local copy stays; documents are rewritten with
   * or without the resident fields on top of the server's revisions, and nothing is deleted.
   */
  private followTeam(): Promise<void> {
    return this.exclusive(async () => {
      const settings = this.settings
      // The document as it is now: a choice made here meanwhile is newer than the one that was told.
      const choice = await this.engine?.teamChoice()
      if (!settings || !choice) return
      const next: SyncSettings = {
        ...settings,
        shareIdentifiers: choice.shareIdentifiers,
        agreement: choice.shareIdentifiers ? choice.agreement : '',
        identifiersBy: choice.by,
        identifiersAt: choice.at,
      }
      if (sameTeamChoice(settings, choice)) {
        if (settings.identifiersBy === choice.by && settings.identifiersAt === choice.at) return
        await writeSyncSettings(this.options.dataDir, next)
        this.settings = next
        return
      }
      await writeSyncSettings(this.options.dataDir, next)
      this.settings = next
      await this.stopEngine()
      await this.startEngine(next, next.shareIdentifiers)
      this.engine?.note(`Het team heeft gekozen: ${teamChoiceLine(choice, dayOf)}.`)
      if (!next.shareIdentifiers) await this.engine?.compactLocalCopy()
    })
  }

  /** The password for this session (the browser version asks each session). */
  setPassword(password: string): Promise<SyncStatus> {
    return this.exclusive(async () => {
      await this.options.secrets.set(PASSWORD_KEY, password)
      if (this.settings) {
        await this.stopEngine()
        await this.startEngine(this.settings)
      }
      return this.status()
    })
  }

  /** Stops sharing: the settings, password and local copy go; the store keeps every entity. */
  leave(): Promise<SyncStatus> {
    return this.exclusive(async () => {
      await this.stopEngine()
      if (this.settings) await this.removeLocalCopy(this.settings)
      await removeSyncSettings(this.options.dataDir)
      await this.options.secrets.delete(PASSWORD_KEY)
      this.settings = undefined
      return this.status()
    })
  }

  /**
   * The programme a team shares in its database (for a coach who joins it). Refuses, in Dutch, when the
   * server cannot be reached, refuses the login, or holds no programme.
   */
  async programmeOnServer(settings: {
    serverUrl: string
    database: string
    username: string
    password: string
  }): Promise<string> {
    const remote = await openRemoteDb(databaseUrl(settings), settings)
    let ids: string[]
    try {
      const rows = await remote.allDocs({ startkey: 'programmes:', endkey: 'programmes:\uffff' })
      ids = rows.rows.filter((row) => !row.value?.deleted).map((row) => row.id.slice('programmes:'.length))
    } catch (error) {
      throw serverFailure(error)
    } finally {
      await remote.close().catch(() => undefined)
    }
    const [first] = ids
    if (ids.length !== 1 || first === undefined) {
      throw new ApiFailure(
        'NOT_FOUND',
        ids.length === 0
          ? 'Op de server staat in deze database nog geen programma. Laat eerst de coach die het programma heeft het delen, of kies hier je eigen programma.'
          : 'In deze database staan meerdere programma’s; kies welk programma je deelt.',
        'programmeId',
        ids.length === 0
          ? 'This database holds no programme yet. Let the coach who has the programme share it first, or choose your own programme here.'
          : 'This database holds several programmes; choose which one to share.',
      )
    }
    return first
  }

  /** Checks that the server answers for this database and accepts the login; refuses in Dutch otherwise. */
  async checkServer(settings: {
    serverUrl: string
    database: string
    username: string
    password: string
  }): Promise<void> {
    const remote = await openRemoteDb(databaseUrl(settings), settings)
    try {
      // Not info(): PouchDB's HTTP adapter answers a 401 or 404 body there as if it were the info.
      await remote.allDocs({ limit: 0 })
    } catch (error) {
      throw serverFailure(error)
    } finally {
      await remote.close().catch(() => undefined)
    }
  }

  /** The running engine, or undefined when this laptop does not share. */
  current(): SyncEngine | undefined {
    return this.engine
  }

  async close(): Promise<void> {
    this.unsubscribe()
    await this.exclusive(() => this.stopEngine())
  }

  private async startEngine(settings: SyncSettings, rereadArrivals = false): Promise<void> {
    const password = await this.options.secrets.get(PASSWORD_KEY)
    await mkdir(join(this.options.dataDir, SYNC_FOLDER), { recursive: true, mode: 0o700 })
    const db = await openLocalDb(this.localCopyPath(settings))
    this.db = db
    const remote = password
      ? await openRemoteDb(databaseUrl(settings), { username: settings.username, password })
      : undefined
    const state = this.options.stores.state()
    const engine = new SyncEngine({
      local: db,
      remote,
      store: () => {
        const now = this.options.stores.state()
        return now.status === 'ok' ? now.store : undefined
      },
      programmeId: settings.programmeId,
      shareIdentifiers: settings.shareIdentifiers,
      clock: this.options.clock,
      journal: syncJournalFile(this.options.dataDir),
      rereadArrivals,
      onTeamChoice: () => {
        // Not awaited: following restarts the engine, which waits for the pass that told it.
        void this.followTeam().catch((error: unknown) => {
          this.engine?.note(
            `De keuze van het team over bewonersgegevens kon niet worden gevolgd: ${error instanceof Error ? error.message : String(error)}`,
          )
        })
      },
      ...(this.options.maxRetryDelayMs === undefined
        ? {}
        : { maxRetryDelayMs: this.options.maxRetryDelayMs }),
    })
    this.engine = engine
    if (state.status === 'ok') await engine.start()
  }

  private async stopEngine(): Promise<void> {
    const engine = this.engine
    const db = this.db
    this.engine = undefined
    this.db = undefined
    await engine?.stop()
    await db?.close()
  }

  private localCopyPath(settings: SyncSettings): string {
    return join(this.options.dataDir, SYNC_FOLDER, settings.programmeId)
  }

  /** Removes the local copy and its log: a fresh copy starts with a fresh log. */
  private async removeLocalCopy(settings: SyncSettings): Promise<void> {
    await rm(this.localCopyPath(settings), { recursive: true, force: true })
    await removeSyncJournal(this.options.dataDir)
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const next = this.busy.then(work, work)
    this.busy = next.catch(() => undefined)
    return next
  }
}

/** Who chose the team's current choice about identifiers, and when, as the settings hold it. */
function whoChose(settings: SyncSettings): Pick<SyncSettings, 'identifiersBy' | 'identifiersAt'> {
  return {
    ...(settings.identifiersBy === undefined ? {} : { identifiersBy: settings.identifiersBy }),
    ...(settings.identifiersAt === undefined ? {} : { identifiersAt: settings.identifiersAt }),
  }
}

/** The team's choice the settings hold, when a coach made one. */
function teamChoiceOf(settings: SyncSettings): TeamIdentifiersChoice | undefined {
  if (settings.identifiersBy === undefined || settings.identifiersAt === undefined) return undefined
  return {
    shareIdentifiers: settings.shareIdentifiers,
    agreement: settings.shareIdentifiers ? settings.agreement : '',
    by: settings.identifiersBy,
    at: settings.identifiersAt,
  }
}

/** A day as the run log writes it: 4-12-2026. */
/** The run log is Dutch, with dates as the coach says them: "4 december 2026". */
const dayOf = reportFormat('nl').date

/** The address of the team's database on its server. */
function databaseUrl(settings: { serverUrl: string; database: string }): string {
  return `${settings.serverUrl.replace(/\/+$/, '')}/${encodeURIComponent(settings.database)}`
}

/** A refusal of the server in the coach's words. */
function serverFailure(error: unknown): ApiFailure {
  const status = (error as { status?: unknown } | null)?.status
  if (status === 403) {
    // The login is right but the user is not a member of this database (CouchDB's _security).
    // BAD_REQUEST, not FORBIDDEN: that one is the app's own host refusing another website.
    return new ApiFailure(
      'BAD_REQUEST',
      'Je bent ingelogd, maar je gebruiker heeft geen toegang tot deze database. Vraag de beheerder van de server je als lid van de database toe te voegen. Er is niets veranderd.',
      'database',
      'You are logged in, but your user has no access to this database. Ask the server administrator to add you as a member of the database. Nothing was changed.',
    )
  }
  if (status === 401) {
    return new ApiFailure(
      'UNAUTHORIZED',
      'De server weigert deze gebruikersnaam of dit wachtwoord.',
      'password',
      'The server refuses this user name or password.',
    )
  }
  if (status === 404) {
    return new ApiFailure(
      'NOT_FOUND',
      'Deze database bestaat niet op de server. Vraag de beheerder om hem aan te maken (één per programma).',
      'database',
      'This database does not exist on the server. Ask the administrator to create it (one per programme).',
    )
  }
  return new ApiFailure(
    'BAD_REQUEST',
    'De server is niet bereikbaar. Controleer het adres en de internetverbinding.',
    'serverUrl',
    'The server cannot be reached. Check the address and the internet connection.',
  )
}
