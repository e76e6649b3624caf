import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'

interface UnlockBackupFileDialogProps {
  /** The name of the chosen file; the dialog is open while there is one. */
  fileName: string | undefined
  busy: boolean
  /** Why the passphrase did not open the file (wrong passphrase, changed file), shown under the field. */
  error: string | undefined
  onUnlock: (passphrase: string) => void
  onCancel: () => void
}

/** Asks for the passphrase of an encrypted backup file before showing what is in it. */
export function UnlockBackupFileDialog({
  fileName,
  busy,
  error,
  onUnlock,
  onCancel,
}: UnlockBackupFileDialogProps) {
  const { t } = useTranslation()
  const [passphrase, setPassphrase] = useState('')
  const close = () => {
    setPassphrase('')
    onCancel()
  }
  return (
    <Modal
      opened={fileName !== undefined}
      onClose={busy ? () => undefined : close}
      title={t('backupFile.unlockTitle')}
      centered
      radius="md"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault()
          if (passphrase !== '') onUnlock(passphrase)
        }}
      >
        <Stack gap="md">
          <Text>{t('backupFile.unlockIntro', { name: fileName ?? '' })}</Text>
          <PasswordInput
            label={t('backupFile.passphrase')}
            value={passphrase}
            onChange={(event) => setPassphrase(event.currentTarget.value)}
            error={error}
            autoComplete="current-password"
            visibilityToggleButtonProps={{ 'aria-label': t('backupFile.showPassphrase') }}
            data-autofocus
            required
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={busy}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} disabled={passphrase === ''}>
              {t('backupFile.unlockConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
