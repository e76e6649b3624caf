import { format } from 'date-fns'
import { ApiFailure, type ApiParsedInput, type BackupFileContents, type BackupInfo } from '../../shared/api'
import { type StoreData } from '../../shared/model'
import { decodeBackupFile, encodeBackupFile, type BackupManifest } from '../io/backup-file'
import { appendAudit } from './audit'
import { nowIso } from './clock'
import { requireStore } from './require-store'
import { type ServiceDeps } from './types'

function contents(manifest: BackupManifest, data: StoreData): BackupFileContents {
  return {
    appVersion: manifest.appVersion,
    createdAt: manifest.createdAt,
    counts: manifest.counts,
    programmes: data.programmes
      .filter((p) => !p.deletedAt)
      .map((p) => ({ name: p.name, gemeente: p.gemeente })),
  }
}

function readBackupFile(base64: string): { manifest: BackupManifest; data: StoreData } {
  const decoded = decodeBackupFile(new Uint8Array(Buffer.from(base64, 'base64')))
  if (!decoded.ok) throw new ApiFailure('VALIDATION_FAILED', `Bestand: ${decoded.message}`, 'base64')
  return decoded
}

/** backup.list, backup.create, backup.restore and recovery.startEmpty. */
export function createBackupService({ stores, clock, newId, appVersion }: ServiceDeps) {
  return {
    'backup.list': async (): Promise<BackupInfo[]> => stores.listBackups(),

    'backup.create': async (): Promise<BackupInfo> => {
      if (stores.state().status !== 'ok') {
        throw new ApiFailure(
          'STORE_UNAVAILABLE',
          'Er zijn geen geladen gegevens om een back-up van te maken.',
        )
      }
      return stores.createBackup('manual')
    },

    'backup.restore': async ({
      backupId,
    }: ApiParsedInput<'backup.restore'>): Promise<{ restored: BackupInfo }> => {
      const known = (await stores.listBackups()).some((backup) => backup.id === backupId)
      if (!known) throw new ApiFailure('NOT_FOUND', 'Back-up: deze back-up bestaat niet (meer).', 'backupId')
      return { restored: await stores.restoreBackup(backupId) }
    },

    'backup.exportFile': async (): Promise<{ fileName: string; base64: string }> => {
      const store = requireStore(stores)
      await store.flush()
      const bytes = encodeBackupFile(store.read(), appVersion, clock())
      await store.update((data) =>
        appendAudit(
          data,
          { kind: 'back-up-export', subject: 'Volledige back-up als bestand bewaard.' },
          nowIso(clock),
          newId,
        ),
      )
      return {
        fileName: `Krachtstroom back-up ${format(clock(), 'yyyy-MM-dd HH.mm')}.kcbackup`,
        base64: Buffer.from(bytes).toString('base64'),
      }
    },

    'backup.inspectFile': async ({
      base64,
    }: ApiParsedInput<'backup.inspectFile'>): Promise<BackupFileContents> => {
      const { manifest, data } = readBackupFile(base64)
      return contents(manifest, data)
    },

    'backup.importFile': async ({
      base64,
    }: ApiParsedInput<'backup.importFile'>): Promise<BackupFileContents> => {
      const { manifest, data } = readBackupFile(base64)
      await stores.replaceWith(data)
      return contents(manifest, data)
    },

    'recovery.startEmpty': async (): Promise<{ ok: true }> => {
      if (stores.state().status !== 'recovery') {
        throw new ApiFailure(
          'CONFLICT',
          'Met een lege map beginnen kan alleen als de gegevens niet te laden waren.',
        )
      }
      await stores.startEmpty()
      return { ok: true }
    },
  }
}
