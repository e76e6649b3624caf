import { useTranslation } from 'react-i18next'
import { type Language } from '../../../../shared/model/vocabulary'

/** The interface language as a chart language, so chart titles and alt texts follow the app. */
export function useChartLanguage(): Language {
  const { i18n } = useTranslation()
  return i18n.language === 'en' ? 'en' : 'nl'
}
