import { type Language } from '../model/vocabulary'
import { uiEn } from './ui-en'
import { type UiStrings, uiNl } from './ui-nl'
import { type VocabularyLabels, vocabularyLabels } from './vocabulary-labels'

/** One language's texts: the interface strings plus the vocabulary labels under `vocabulary`. */
export type Translation = UiStrings & { vocabulary: VocabularyLabels }

/** The language the app starts in and falls back to. */
export const defaultLanguage: Language = 'nl'

/** i18next resources: one `translation` namespace per language. */
export const resources: Readonly<Record<Language, { translation: Translation }>> = {
  nl: { translation: { ...uiNl, vocabulary: vocabularyLabels.nl } },
  en: { translation: { ...uiEn, vocabulary: vocabularyLabels.en } },
}
