import { type TFunction } from 'i18next'
import { type z } from 'zod'

/** What kind of value a field holds, for wording format errors. */
export type FieldKind = 'text' | 'number' | 'date' | 'colour'

/**
 * A validation problem as a sentence beside its field, in the interface language ("Naam is verplicht.",
 * "De einddatum ligt vóór de begindatum."). Known problems are worded through i18n; anything else
 * falls back to the schema's own (Dutch) message.
 */
export function issueMessage(issue: z.core.$ZodIssue, label: string, kind: FieldKind, t: TFunction): string {
  const empty = issue.input === undefined || issue.input === null || issue.input === ''
  switch (issue.code) {
    case 'invalid_type':
      if (empty) return t('validation.required', { label })
      if (issue.expected === 'int') return t('validation.wholeNumber', { label })
      if (issue.expected === 'number') return t('validation.number', { label })
      break
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return t('validation.required', { label })
      if (issue.origin === 'number' && Number(issue.minimum) === 0)
        return t('validation.notNegative', { label })
      break
    case 'too_big':
      if (issue.origin === 'string') return t('validation.tooLong', { label, max: Number(issue.maximum) })
      if (issue.origin === 'number') return t('validation.tooBig', { label, max: Number(issue.maximum) })
      break
    case 'invalid_format':
    case 'custom':
      // The period's own rule (end before start) is attached to the end date; its input is the period.
      if (issue.code === 'custom' && typeof issue.input === 'object' && issue.input !== null) {
        return t('validation.endBeforeStart')
      }
      if (empty) return t('validation.required', { label })
      if (kind === 'date') return t('validation.date', { label })
      if (kind === 'colour') return t('validation.colour', { label })
      break
    default:
      break
  }
  return t('validation.other', { label, message: issue.message })
}
