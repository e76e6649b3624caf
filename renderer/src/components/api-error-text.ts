import { type TFunction } from 'i18next'
import { type ApiClientError } from '../api/api-client-error'

/** Title and message of an API error in the coach's words, in the current language. */
export function apiErrorText(error: ApiClientError, t: TFunction): { title: string; message: string } {
  const title = t(`errors.titles.${error.code}`)
  switch (error.code) {
    case 'WRITE_FAILED':
      return { title, message: t('errors.writeFailed', { reason: sentence(error.message) }) }
    case 'UNAUTHORIZED':
    case 'FORBIDDEN':
      return { title, message: t('errors.unauthorized') }
    case 'NETWORK':
      return { title, message: t('errors.network') }
    case 'BAD_RESPONSE':
      return { title, message: t('errors.badResponse') }
    default:
      return { title, message: sentence(error.message) }
  }
}

function sentence(text: string): string {
  const trimmed = text.trim()
  if (trimmed === '') return ''
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`
}
