import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'

interface ConfirmDialogProps {
  opened: boolean
  title: string
  message: string
  confirmLabel: string
  /** Shows the confirm button as busy while the action runs. */
  busy?: boolean
  /** Red confirm button for actions that replace data. */
  danger?: boolean
  onConfirm: () => void
  onCancel: () => void
}

/**
 * Asks before an action that replaces data. Focus starts on "Annuleren", so Enter never confirms by
 * accident; Escape cancels.
 */
export function ConfirmDialog({
  opened,
  title,
  message,
  confirmLabel,
  busy,
  danger,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const { t } = useTranslation()
  return (
    <Modal
      opened={opened}
      onClose={busy ? () => undefined : onCancel}
      title={title}
      centered
      radius="md"
      size="md"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="lg">
        <Text>{message}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={busy} data-autofocus>
            {t('common.cancel')}
          </Button>
          {/* red.9: white on Mantine's default red (red.6) is below the 4.5:1 contrast of WCAG AA. */}
          <Button color={danger ? 'red.9' : undefined} onClick={onConfirm} loading={busy}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
