import { defaultThemeCodes, type DefaultThemeCode, type Language } from '../model/vocabulary'
import { defaultThemeLabels } from '../domain/themes'
import { vocabularyLabels } from '../i18n/vocabulary-labels'

const defaults: ReadonlySet<string> = new Set(defaultThemeCodes)

/**
 * The label of a theme in a language. A default theme the coach did not rename is translated; a
 * renamed or added theme keeps the coach's own words.
 */
export function themeLabel(code: string, storedLabel: string, language: Language): string {
  if (language !== 'en' || !defaults.has(code)) return storedLabel
  const theme = code as DefaultThemeCode
  return storedLabel === defaultThemeLabels[theme] ? vocabularyLabels.en.defaultTheme[theme] : storedLabel
}
