import { type Language } from '../model'
import { reportTextsEn } from './report-texts-en'
import { reportTextsNl } from './report-texts-nl'

/**
 * The words of the Word reports: headings, column headers, sentences with figures. Dutch is the
 * source (report-texts-nl.ts); English has exactly the same shape (report-texts-en.ts), checked by
 * this type. Vocabulary (statuses, outcomes, session types) comes from shared/i18n.
 */
export type ReportTexts = typeof reportTextsNl

/** The report words of one language. */
export function reportTexts(language: Language): ReportTexts {
  return language === 'en' ? reportTextsEn : reportTextsNl
}
