import { Button, Group, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconCheck } from '@tabler/icons-react'
import { i18n } from '../../app/i18n'

/**
 * Confirms a deletion with an "Ongedaan maken" button in the notification (it stays 10 seconds);
 * the button runs `onUndo` and closes the notification.
 */
export function notifyWithUndo(message: string, onUndo: () => void): void {
  const id = `undo-${Date.now()}-${Math.random().toString(36).slice(2)}`
  notifications.show({
    id,
    message: (
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Text size="sm">{message}</Text>
        <Button
          size="compact-sm"
          variant="light"
          onClick={() => {
            notifications.hide(id)
            onUndo()
          }}
        >
          {i18n.t('streets.undo')}
        </Button>
      </Group>
    ),
    icon: <IconCheck size={18} aria-hidden />,
    autoClose: 10_000,
    withBorder: true,
    closeButtonProps: { 'aria-label': i18n.t('common.close') },
  })
}
