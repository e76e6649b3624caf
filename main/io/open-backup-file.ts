import { type StoreData } from '../../shared/model'
import { decodeBackupFile, type BackupManifest } from './backup-file'
import { decryptBackup, type DecryptFailure, isEncryptedBackup } from './backup-crypto'

/** A backup file opened: its manifest and data, and whether it was encrypted. */
export type OpenedBackupFile =
  | { ok: true; manifest: BackupManifest; data: StoreData; encrypted: boolean }
  /** Encrypted, and no passphrase was given. */
  | { ok: false; locked: true }
  | { ok: false; locked: false; field: 'passphrase' | 'base64'; message: string }

const decryptMessages: Readonly<Record<DecryptFailure, { field: 'passphrase' | 'base64'; message: string }>> =
  {
    'wrong-passphrase': {
      field: 'passphrase',
      message:
        'dit wachtwoord klopt niet. Let op hoofdletters en spaties en probeer het opnieuw; er is niets veranderd.',
    },
    changed: {
      field: 'base64',
      message:
        'dit back-upbestand is veranderd of beschadigd nadat het werd bewaard en kan niet worden teruggezet; er is niets veranderd.',
    },
    'newer-version': {
      field: 'base64',
      message: 'dit back-upbestand is gemaakt met een nieuwere versie van de app. Werk de app eerst bij.',
    },
    damaged: {
      field: 'base64',
      message:
        'dit back-upbestand is beschadigd of onvolledig en kan niet worden teruggezet; er is niets veranderd.',
    },
  }

/**
 * Opens a .kcbackup file: an encrypted one (format 2) with the passphrase, an old unencrypted one
 * (format 1) as it is. Then the content is checked as every backup is (manifest, store schema,
 * counts). Never throws for a bad file or passphrase; messages are Dutch, without the field's name.
 */
export async function openBackupFile(bytes: Uint8Array, passphrase?: string): Promise<OpenedBackupFile> {
  const encrypted = isEncryptedBackup(bytes)
  let content = bytes
  if (encrypted) {
    if (passphrase === undefined) return { ok: false, locked: true }
    const decrypted = await decryptBackup(bytes, passphrase)
    if (!decrypted.ok) return { ok: false, locked: false, ...decryptMessages[decrypted.reason] }
    content = decrypted.content
  }
  const decoded = decodeBackupFile(content)
  if (!decoded.ok) return { ok: false, locked: false, field: 'base64', message: lowerFirst(decoded.message) }
  return { ok: true, manifest: decoded.manifest, data: decoded.data, encrypted }
}

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1)
