import { List } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconAlertTriangle } from '@tabler/icons-react'
import { type SessionWarning } from '../../../../shared/domain/session-conflicts'
import { i18n } from '../../app/i18n'

/**
 * Shows the warnings of a saved session (double booking, street already done) as one notification
 * (the session page shows them too). Nothing is shown when there are none.
 */
export function notifySessionWarnings(warnings: readonly SessionWarning[]): void {
  if (warnings.length === 0) return
  notifications.show({
    color: 'yellow',
    title: i18n.t('sessions.warnings.savedTitle'),
    message: (
      <List size="sm" spacing={2}>
        {warnings.map((warning) => (
          <List.Item key={`${warning.kind}-${warning.refId}`}>{warning.message}</List.Item>
        ))}
      </List>
    ),
    icon: <IconAlertTriangle size={18} aria-hidden />,
    autoClose: 12_000,
    withBorder: true,
    closeButtonProps: { 'aria-label': i18n.t('common.close') },
  })
}
