import { notifications } from '@mantine/notifications'
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react'
import { type ApiClientError } from '../api/api-client-error'
import { i18n } from '../app/i18n'
import { apiErrorText } from './api-error-text'

/** Shows a failed API call as a notification in the coach's words (stays until closed). */
export function notifyApiError(error: ApiClientError): void {
  const { title, message } = apiErrorText(error, i18n.t)
  notifications.show({
    id: `error-${error.code}-${message}`,
    color: 'red',
    title,
    message,
    icon: <IconAlertTriangle size={18} aria-hidden />,
    autoClose: false,
    withBorder: true,
    closeButtonProps: { 'aria-label': i18n.t('common.close') },
  })
}

/** Confirms that something worked (closes by itself). */
export function notifySuccess(message: string): void {
  notifications.show({
    message,
    icon: <IconCheck size={18} aria-hidden />,
    autoClose: 5000,
    withBorder: true,
    closeButtonProps: { 'aria-label': i18n.t('common.close') },
  })
}
