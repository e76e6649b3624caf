import { useState } from 'react'
import { type BackupInfo } from '../../../../shared/api/contract'
import { useApiMutation } from '../../api/use-api-mutation'

/** The restore flow: pick a backup (opens the confirmation), then confirm or cancel. */
export interface RestoreBackupFlow {
  /** The backup waiting for confirmation, if any. */
  pending: BackupInfo | undefined
  ask: (backup: BackupInfo) => void
  cancel: () => void
  /** Restores the pending backup; resolves with it when that worked. */
  confirm: () => Promise<BackupInfo | undefined>
  isRestoring: boolean
}

/** State and call for restoring a backup behind a confirmation dialog. */
export function useRestoreBackup(): RestoreBackupFlow {
  const [pending, setPending] = useState<BackupInfo | undefined>(undefined)
  const restore = useApiMutation('backup.restore')
  return {
    pending,
    ask: setPending,
    cancel: () => setPending(undefined),
    isRestoring: restore.isPending,
    confirm: async () => {
      if (!pending) return undefined
      const outcome = await restore.mutate({ backupId: pending.id })
      setPending(undefined)
      return outcome.ok ? pending : undefined
    },
  }
}
