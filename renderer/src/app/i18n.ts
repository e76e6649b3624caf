import i18next, { type i18n as I18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import { type Language, languages } from '../../../shared/model/vocabulary'
import { defaultLanguage, resources } from '../../../shared/i18n/resources'

/** The app's i18next instance: Dutch by default, English switchable; texts from shared/i18n. */
export const i18n: I18n = i18next.createInstance()

void i18n.use(initReactI18next).init({
  resources,
  lng: defaultLanguage,
  fallbackLng: defaultLanguage,
  supportedLngs: [...languages],
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
})

/** Switches the interface language and the document's `lang` attribute (for screen readers). */
export function applyLanguage(language: Language): void {
  document.documentElement.lang = language
  if (i18n.language !== language) void i18n.changeLanguage(language)
}

/** The current interface language as a vocabulary code. */
export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'nl'
}
