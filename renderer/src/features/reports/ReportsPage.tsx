import { Stack } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useApiMutation } from '../../api/use-api-mutation'
import { useActiveProgramme } from '../../app/active-programme-context'
import { currentLanguage } from '../../app/i18n'
import { notifySuccess } from '../../components/notifications'
import { PageHeader } from '../../components/PageHeader'
import { localToday } from '../dashboard/local-today'
import { downloadBase64File } from '../../components/files'
import { fieldMessage, type ReportChoices, subjectFields, toReportRequest } from './report-choices'
import { type FieldErrors, ReportForm } from './ReportForm'
import { ReportHistory } from './ReportHistory'
import { ReportPreview } from './ReportPreview'
import classes from './Reports.module.css'

const errorFields = ['partnerId', 'ideaId', 'sessionId', 'streetId', 'from', 'to'] as const

/**
 * Rapporten: choose a report, see what it will contain, make it (a .docx download) and see what was
 * made before. Validation errors of the API appear beside the field they belong to.
 */
export function ReportsPage() {
  const { t } = useTranslation()
  const { active } = useActiveProgramme()
  const [choices, setChoices] = useState<ReportChoices>(() => ({
    kind: 'gemeente',
    from: active.period.start,
    to:
      active.period.end !== undefined && active.period.end < localToday() ? active.period.end : localToday(),
    partnerId: null,
    ideaId: null,
    sessionId: null,
    streetId: null,
    language: currentLanguage(),
    includeNames: false,
  }))
  const [errors, setErrors] = useState<FieldErrors>({})
  const generate = useApiMutation('report.generate', {
    onError: (error) => {
      if (error.code !== 'VALIDATION_FAILED') return false
      const field = errorFields.find((name) => name === error.field)
      setErrors(field ? { [field]: fieldMessage(error.message) } : { form: error.message })
      return true
    },
  })
  const request = toReportRequest(active.id, choices)
  const missingField = subjectFields(choices.kind).find((field) => choices[field] === null)

  const onGenerate = async () => {
    setErrors({})
    const outcome = await generate.mutate(request)
    if (!outcome.ok) return
    downloadBase64File(
      outcome.value.fileName,
      outcome.value.base64,
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    )
    notifySuccess(t('reports.generated', { fileName: outcome.value.fileName }))
  }

  return (
    <>
      <PageHeader title={t('reports.title')} description={t('reports.intro')} />
      <Stack gap="xl">
        <div className={classes.layout}>
          <ReportForm
            programmeId={active.id}
            programmePeriod={active.period}
            choices={choices}
            errors={errors}
            generating={generate.isPending}
            onChange={(patch, clears) => {
              setChoices((current) => ({ ...current, ...patch }))
              if (clears.length > 0)
                setErrors((current) =>
                  Object.fromEntries(
                    Object.entries(current).filter(([key]) => !clears.includes(key as keyof FieldErrors)),
                  ),
                )
            }}
            onGenerate={() => void onGenerate()}
          />
          <ReportPreview
            request={request}
            missing={missingField ? t(`reports.what.${missingField}`) : undefined}
          />
        </div>
        <ReportHistory programmeId={active.id} />
      </Stack>
    </>
  )
}
