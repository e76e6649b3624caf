import { type Language } from '../model/vocabulary'
import { uiEn } from './ui-en'
import { type UiStrings, uiNl } from './ui-nl'
import { type VocabularyLabels, vocabularyLabels } from './vocabulary-labels'
import { dashboardTexts } from './ui/dashboard'
import { presentationTexts } from './ui/presentation'
import { reportsTexts } from './ui/reports'
import { sessionsTexts } from './ui/sessions'
import { ideasTexts } from './ui/ideas'
import { partnersTexts } from './ui/partners'
import { streetsTexts } from './ui/streets'
import { backupFileTexts } from './ui/backup-file'
import { desktopTexts } from './ui/desktop'
import { privacyTexts } from './ui/privacy'
import { themesAreasTexts } from './ui/themes-areas'
import { syncTexts } from './ui/sync'
import { residentsTexts } from './ui/residents'
import { dailyFlowTexts } from './ui/daily-flow'

/**
 * Feature texts, one file per feature under ./ui/ (each made with `defineUiTexts`). Add a feature by
 * importing it here and listing it in `featureTexts`.
 */
const featureTexts = [
  streetsTexts,
  sessionsTexts,
  ideasTexts,
  partnersTexts,
  dashboardTexts,
  presentationTexts,
  reportsTexts,
  backupFileTexts,
  desktopTexts,
  privacyTexts,
  themesAreasTexts,
  syncTexts,
  residentsTexts,
  dailyFlowTexts,
] as const

type FeatureTexts = (typeof featureTexts)[number]['nl']
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
  ? I
  : never

/** One language's texts: the interface strings, every feature's texts and the vocabulary labels. */
export type Translation = UiStrings & UnionToIntersection<FeatureTexts> & { vocabulary: VocabularyLabels }

function merged(language: Language): object {
  return Object.assign({}, ...featureTexts.map((texts) => texts[language]))
}

/** The language the app starts in and falls back to. */
export const defaultLanguage: Language = 'nl'

/** i18next resources: one `translation` namespace per language. */
export const resources: Readonly<Record<Language, { translation: Translation }>> = {
  nl: { translation: { ...uiNl, ...merged('nl'), vocabulary: vocabularyLabels.nl } as Translation },
  en: { translation: { ...uiEn, ...merged('en'), vocabulary: vocabularyLabels.en } as Translation },
}
