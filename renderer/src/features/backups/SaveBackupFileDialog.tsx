import { Button, Group, Modal, PasswordInput, Progress, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type PassphraseStrength, passphraseStrength } from '../../../../shared/domain/passphrase-strength'
import { type ApiClientError } from '../../api/api-client-error'

interface SaveBackupFileDialogProps {
  opened: boolean
  busy: boolean
  /** The host's refusal of the passphrase (too short, too easy), shown under the field. */
  error: ApiClientError | undefined
  onSave: (passphrase: string) => void
  onCancel: () => void
}

const meter: Readonly<Record<PassphraseStrength, { value: number; color: string }>> = {
  'te-kort': { value: 10, color: 'red' },
  zwak: { value: 30, color: 'red' },
  redelijk: { value: 65, color: 'yellow' },
  sterk: { value: 100, color: 'teal' },
}

/**
 * Asks for the passphrase a backup file is encrypted with: twice, with a strength meter and a hint
 * while typing. Saving is possible once both are equal, long enough and not easy to guess (the host
 * checks the same).
 */
export function SaveBackupFileDialog({ opened, busy, error, onSave, onCancel }: SaveBackupFileDialogProps) {
  const { t } = useTranslation()
  const [passphrase, setPassphrase] = useState('')
  const [again, setAgain] = useState('')
  const [tried, setTried] = useState(false)
  const strength = passphraseStrength(passphrase)
  const acceptable = strength === 'redelijk' || strength === 'sterk'
  // While the second one is still being typed (a beginning of the first), it is not a mismatch yet.
  const mismatch = again !== '' && !passphrase.startsWith(again)
  const close = () => {
    setPassphrase('')
    setAgain('')
    setTried(false)
    onCancel()
  }
  const submit = () => {
    setTried(true)
    if (acceptable && passphrase === again) onSave(passphrase)
  }
  const serverError = error?.field === 'passphrase' ? error.message.replace(/^[^:]+:\s*/, '') : undefined
  return (
    <Modal
      opened={opened}
      onClose={busy ? () => undefined : close}
      title={t('backupFile.saveTitle')}
      centered
      radius="md"
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault()
          submit()
        }}
      >
        <Stack gap="md">
          <Text>{t('backupFile.saveIntro')}</Text>
          <PasswordInput
            label={t('backupFile.passphrase')}
            description={t('backupFile.passphraseHint')}
            value={passphrase}
            onChange={(event) => setPassphrase(event.currentTarget.value)}
            error={(tried && !acceptable ? t(`backupFile.strength.${strength}`) : undefined) ?? serverError}
            autoComplete="new-password"
            visibilityToggleButtonProps={{ 'aria-label': t('backupFile.showPassphrase') }}
            data-autofocus
            required
          />
          <div aria-live="polite">
            <Progress
              value={passphrase === '' ? 0 : meter[strength].value}
              color={meter[strength].color}
              size="sm"
              aria-hidden
            />
            <Text size="sm" c="dimmed" mt={4}>
              {passphrase === ''
                ? '\u00a0'
                : t('backupFile.strengthLabel', { strength: t(`backupFile.strength.${strength}`) })}
            </Text>
          </div>
          <PasswordInput
            label={t('backupFile.passphraseAgain')}
            value={again}
            onChange={(event) => setAgain(event.currentTarget.value)}
            error={mismatch || (tried && again !== passphrase) ? t('backupFile.mismatch') : undefined}
            autoComplete="new-password"
            visibilityToggleButtonProps={{ 'aria-label': t('backupFile.showPassphrase') }}
            required
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={busy}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} disabled={!acceptable || passphrase !== again}>
              {t('backupFile.saveConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
