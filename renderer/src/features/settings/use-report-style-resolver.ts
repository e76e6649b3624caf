import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { type Resolver } from 'react-hook-form'
import { settingsPatchSchema } from '../../../../shared/model/settings'
import { issueMessage } from '../../components/forms/issue-message'
import { zodFormResolver } from '../../components/forms/zod-form-resolver'

/** The report fields of the settings, validated with the API's own settings schema. */
export const reportStyleSchema = settingsPatchSchema
  .pick({ organisationName: true, authorName: true, accentColour: true })
  .required()

/** Values of the report-style form. */
export interface ReportStyleValues {
  organisationName: string
  authorName: string
  accentColour: string
}

/** Field paths of the report-style form (server errors are matched against these). */
export const reportStyleFields = ['organisationName', 'authorName', 'accentColour'] as const

const labelKeys = {
  organisationName: 'settings.organisationName',
  authorName: 'settings.authorName',
  accentColour: 'settings.accentColour',
} as const

/** Validation of the report-style form, worded beside each field. */
export function useReportStyleResolver(): Resolver<ReportStyleValues, unknown, ReportStyleValues> {
  const { t } = useTranslation()
  return useMemo(
    () =>
      zodFormResolver<ReportStyleValues, ReportStyleValues>(
        reportStyleSchema,
        (values) => values,
        (issue, path) => {
          const field = reportStyleFields.find((name) => name === path)
          const label = field ? t(labelKeys[field]) : path
          return issueMessage(issue, label, field === 'accentColour' ? 'colour' : 'text', t)
        },
      ),
    [t],
  )
}
