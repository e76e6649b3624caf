import { ApiFailure, type ApiParsedInput, type BackupInfo } from '../../shared/api'
import { type ServiceDeps } from './types'

/** backup.list, backup.create, backup.restore and recovery.startEmpty. */
export function createBackupService({ stores }: ServiceDeps) {
  return {
    'backup.list': async (): Promise<BackupInfo[]> => stores.listBackups(),

    'backup.create': async (): Promise<BackupInfo> => {
      if (stores.state().status !== 'ok') {
        throw new ApiFailure('STORE_UNAVAILABLE', 'Er zijn geen geladen gegevens om een back-up van te maken.')
      }
      return stores.createBackup('manual')
    },

    'backup.restore': async ({ backupId }: ApiParsedInput<'backup.restore'>): Promise<{ restored: BackupInfo }> => {
      const known = (await stores.listBackups()).some((backup) => backup.id === backupId)
      if (!known) throw new ApiFailure('NOT_FOUND', 'Back-up: deze back-up bestaat niet (meer).', 'backupId')
      return { restored: await stores.restoreBackup(backupId) }
    },

    'recovery.startEmpty': async (): Promise<{ ok: true }> => {
      if (stores.state().status !== 'recovery') {
        throw new ApiFailure('CONFLICT', 'Met een lege map beginnen kan alleen als de gegevens niet te laden waren.')
      }
      await stores.startEmpty()
      return { ok: true }
    },
  }
}
