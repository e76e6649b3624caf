import { ApiFailure, type ApiParsedInput } from '../../shared/api'
import {
  type SyncConflict,
  type SyncLogEntry,
  type SyncSetAsideDoc,
  type SyncSettingsView,
  type SyncStatus,
} from '../../shared/api/methods/sync'
import { requireStore } from './require-store'
import { type SyncController } from './sync/sync-controller'
import { type ServiceDeps } from './types'

function requireSync(sync: SyncController | undefined): SyncController {
  if (sync) return sync
  throw new ApiFailure(
    'BAD_REQUEST',
    'Samenwerken is in deze versie van de app niet beschikbaar.',
    undefined,
    'Working as a team is not available in this version of the app.',
  )
}

/**
 * Runs a call to the team server; a refused login becomes a message that names the user name the coach
 * typed and says what to check, since CouchDB does not tell which of the two is wrong. Its code is
 * BAD_REQUEST, not UNAUTHORIZED: that one means this app's own session and is answered with HTTP 401.
 */
async function namingTheLogin<T>(username: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if (!(error instanceof ApiFailure) || error.code !== 'UNAUTHORIZED') throw error
    throw new ApiFailure(
      'BAD_REQUEST',
      `Inloggen lukt niet: de server kent gebruikersnaam “${username}” niet, of het wachtwoord klopt niet. Controleer beide (ook hoofdletters), of vraag de beheerder van de server. Er is niets veranderd.`,
      'password',
      `Logging in failed: the server does not know user name “${username}”, or the password is wrong. Check both (capitals too), or ask the server's administrator. Nothing was changed.`,
    )
  }
}

/** sync.*: sharing one programme with the team through the organisation's CouchDB server. */
export function createSyncService({ stores, sync }: ServiceDeps) {
  return {
    'sync.status': async (): Promise<SyncStatus> => requireSync(sync).status(),

    'sync.settings': async (): Promise<SyncSettingsView> => requireSync(sync).settingsView(),

    'sync.join': async (input: ApiParsedInput<'sync.join'>): Promise<SyncStatus> => {
      const controller = requireSync(sync)
      const { password, programmeId: chosen, ...settings } = input
      const login = { ...settings, password }
      const programmeId = await namingTheLogin(input.username, async () => {
        if (chosen) await controller.checkServer(login)
        return chosen ?? (await controller.programmeOnServer(login))
      })
      const programme = requireStore(stores)
        .read()
        .programmes.find((p) => p.id === programmeId && !p.deletedAt)
      if (chosen && !programme) {
        throw new ApiFailure(
          'NOT_FOUND',
          'Programma: dit programma bestaat niet (meer).',
          'programmeId',
          'Programme: this programme does not exist (any more).',
        )
      }
      return controller.join(
        { ...settings, programmeId, agreement: input.shareIdentifiers ? input.agreement.trim() : '' },
        password,
      )
    },

    'sync.password': async ({ password }: ApiParsedInput<'sync.password'>): Promise<SyncStatus> => {
      const controller = requireSync(sync)
      if (!(await controller.settingsView()).joined) {
        throw new ApiFailure(
          'BAD_REQUEST',
          'Dit programma wordt nog niet gedeeld: vul eerst de server in onder Samenwerken.',
          undefined,
          'This programme is not shared yet: fill in the server under Working as a team first.',
        )
      }
      return controller.setPassword(password)
    },

    'sync.leave': async (): Promise<SyncStatus> => requireSync(sync).leave(),

    'sync.conflicts': async (): Promise<SyncConflict[]> => requireSync(sync).current()?.conflictList() ?? [],

    'sync.resolve': async ({ docId, choices }: ApiParsedInput<'sync.resolve'>): Promise<SyncConflict[]> => {
      const engine = requireSync(sync).current()
      const known = engine?.conflictList().some((conflict) => conflict.docId === docId)
      if (!engine || !known) {
        throw new ApiFailure(
          'NOT_FOUND',
          'Dit conflict bestaat niet (meer); misschien is het al opgelost.',
          'docId',
          'This conflict does not exist (any more); it may have been settled already.',
        )
      }
      await engine.resolve(docId, choices)
      return engine.conflictList()
    },

    'sync.log': async (): Promise<{ runs: SyncLogEntry[]; setAside: SyncSetAsideDoc[] }> =>
      requireSync(sync).current()?.logEntries() ?? { runs: [], setAside: [] },
  }
}
