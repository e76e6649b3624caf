import { useTranslation } from 'react-i18next'
import { waitingTime } from '../../../shared/i18n/waiting-time'

/**
 * How long something has waited, in the screen's language: "sinds vandaag", "1 dag", "12 dagen" — the
 * same words as the Word reports (see `waitingTime`).
 */
export function useWaitingTime(): (days: number) => string {
  const { i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'nl'
  return (days) => waitingTime(days, language)
}
