import { format } from 'date-fns'
import {
  ApiFailure,
  type ApiParsedInput,
  type BackupFileContents,
  type BackupFileInspection,
  type BackupInfo,
} from '../../shared/api'
import { type StoreData } from '../../shared/model'
import { encodeBackupFile, type BackupManifest } from '../io/backup-file'
import { encryptBackup } from '../io/backup-crypto'
import { openBackupFile } from '../io/open-backup-file'
import { appendAudit } from './audit'
import { nowIso } from './clock'
import { requireStore } from './require-store'
import { type ServiceDeps } from './types'

function contents(manifest: BackupManifest, data: StoreData, encrypted: boolean): BackupFileContents {
  return {
    appVersion: manifest.appVersion,
    createdAt: manifest.createdAt,
    counts: manifest.counts,
    programmes: data.programmes
      .filter((p) => !p.deletedAt)
      .map((p) => ({ name: p.name, gemeente: p.gemeente })),
    encrypted,
  }
}

const fieldNames = { passphrase: 'Wachtwoord', base64: 'Bestand' } as const

/**
 * Opens a backup file sent as base64 (with its passphrase when it is encrypted). Answers `locked`
 * for an encrypted file without a passphrase; throws a Dutch VALIDATION_FAILED naming the field for
 * a wrong passphrase, a changed or damaged file.
 */
async function readBackupFile(
  base64: string,
  passphrase: string | undefined,
): Promise<{ manifest: BackupManifest; data: StoreData; encrypted: boolean } | 'locked'> {
  const opened = await openBackupFile(new Uint8Array(Buffer.from(base64, 'base64')), passphrase)
  if (opened.ok) return opened
  if (opened.locked) return 'locked'
  throw new ApiFailure('VALIDATION_FAILED', `${fieldNames[opened.field]}: ${opened.message}`, opened.field)
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

    'backup.exportFile': async ({
      passphrase,
    }: ApiParsedInput<'backup.exportFile'>): Promise<{ fileName: string; base64: string }> => {
      const store = requireStore(stores)
      await store.flush()
      const bytes = await encryptBackup(encodeBackupFile(store.read(), appVersion, clock()), passphrase)
      await store.update((data) =>
        appendAudit(
          data,
          { kind: 'back-up-export', subject: 'Volledige back-up als versleuteld bestand bewaard.' },
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
      passphrase,
    }: ApiParsedInput<'backup.inspectFile'>): Promise<BackupFileInspection> => {
      const opened = await readBackupFile(base64, passphrase)
      if (opened === 'locked') return { locked: true }
      return { locked: false, ...contents(opened.manifest, opened.data, opened.encrypted) }
    },

    'backup.importFile': async ({
      base64,
      passphrase,
    }: ApiParsedInput<'backup.importFile'>): Promise<BackupFileContents> => {
      const opened = await readBackupFile(base64, passphrase)
      if (opened === 'locked')
        throw new ApiFailure(
          'VALIDATION_FAILED',
          'Wachtwoord: dit back-upbestand is versleuteld; vul het wachtwoord in waarmee het is bewaard.',
          'passphrase',
        )
      await stores.replaceWith(opened.data)
      return contents(opened.manifest, opened.data, opened.encrypted)
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
