import { type Locale } from 'date-fns'
import { enGB, nl } from 'date-fns/locale'
import { useTranslation } from 'react-i18next'

/** The date-fns locale of the interface language (Dutch by default; weeks start on Monday in both). */
export function useDateLocale(): Locale {
  const { i18n } = useTranslation()
  return i18n.language === 'en' ? enGB : nl
}
