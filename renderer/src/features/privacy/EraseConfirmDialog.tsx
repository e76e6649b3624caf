import { Button, Group, List, Modal, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'

interface EraseConfirmDialogProps {
  opened: boolean
  /** "Zwaluwstraat 12a", when an address was chosen. */
  address: string | undefined
  /** The name as typed, when one was given. */
  name: string | undefined
  busy: boolean
  onConfirm: () => void
  onCancel: () => void
}

/** Says plainly what an erasure removes and that it cannot be undone; focus starts on "Annuleren". */
export function EraseConfirmDialog({
  opened,
  address,
  name,
  busy,
  onConfirm,
  onCancel,
}: EraseConfirmDialogProps) {
  const { t } = useTranslation()
  const items = [
    t('privacy.erase.whatNames'),
    ...(address !== undefined ? [t('privacy.erase.whatNotes'), t('privacy.erase.whatInitiators')] : []),
    ...(name !== undefined
      ? [
          ...(address === undefined ? [t('privacy.erase.whatInitiators')] : []),
          t('privacy.erase.whatElsewhere'),
          t('privacy.erase.whatHistory'),
        ]
      : []),
  ]
  return (
    <Modal
      opened={opened}
      onClose={busy ? () => undefined : onCancel}
      title={t('privacy.erase.confirmTitle')}
      centered
      radius="md"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        <div>
          {address !== undefined && <Text fw={600}>{t('privacy.erase.confirmAddress', { address })}</Text>}
          {name !== undefined && <Text fw={600}>{t('privacy.erase.confirmName', { name })}</Text>}
        </div>
        <div>
          <Text>{t('privacy.erase.confirmWhat')}</Text>
          <List size="sm" mt={4} spacing={2}>
            {items.map((item) => (
              <List.Item key={item}>{item}</List.Item>
            ))}
          </List>
        </div>
        <Text fw={700} c="red.8">
          {t('privacy.erase.cannotUndo')}
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={busy} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={onConfirm} loading={busy}>
            {t('privacy.erase.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
