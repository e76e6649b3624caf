import { Alert, Button, Group, Stack, Text } from '@mantine/core'
import { IconFileTypeDocx } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useApiMutation } from '../../api/use-api-mutation'
import { useActiveProgramme } from '../../app/active-programme-context'
import { currentLanguage } from '../../app/i18n'
import { notifySuccess } from '../../components/notifications'
import { PageHeader } from '../../components/PageHeader'
import { localToday } from '../../components/local-today'
import { openSavedFile, saveBase64File } from '../../components/files'
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
    includeAppendix: null,
    accountabilityStage: null,
  }))
  const [errors, setErrors] = useState<FieldErrors>({})
  // Desktop only: the report just saved, so the coach can open it in Word.
  const [savedReport, setSavedReport] = useState<{ fileName: string; path: string } | undefined>()
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
    setSavedReport(undefined)
    const outcome = await generate.mutate(request)
    if (!outcome.ok) return
    const { fileName } = outcome.value
    const saved = await saveBase64File(
      fileName,
      outcome.value.base64,
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'report',
    )
    if (!saved.saved) return
    if (saved.path === undefined) {
      notifySuccess(t('reports.generated', { fileName }))
      return
    }
    setSavedReport({ fileName, path: saved.path })
  }

  return (
    <>
      <PageHeader title={t('reports.title')} description={t('reports.intro')} />
      <Stack gap="xl">
        {savedReport ? (
          <Alert
            color="green"
            variant="light"
            role="status"
            withCloseButton
            closeButtonLabel={t('common.close')}
            onClose={() => setSavedReport(undefined)}
            data-testid="report-saved"
          >
            <Group justify="space-between" wrap="nowrap" gap="md">
              <div>
                <Text fw={600}>{t('desktop.reportSaved', { fileName: savedReport.fileName })}</Text>
                <Text size="sm">{t('desktop.saved', { path: savedReport.path })}</Text>
              </div>
              <Button
                leftSection={<IconFileTypeDocx size={18} aria-hidden />}
                onClick={() => void openSavedFile(savedReport.path)}
              >
                {t('desktop.openFile')}
              </Button>
            </Group>
          </Alert>
        ) : null}
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
