import { Button, Group } from '@mantine/core'
import { IconArrowLeft, IconPrinter } from '@tabler/icons-react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { useApiQuery } from '../../api/use-api-query'
import { useActiveProgramme } from '../../app/active-programme-context'
import { ErrorState } from '../../components/ErrorState'
import { LoadingState } from '../../components/LoadingState'
import { PageHeader } from '../../components/PageHeader'
import { useRedactor } from '../../components/use-redactor'
import { anonymiseSessionDetail } from './anonymise-session-detail'
import classes from './PrintReport.module.css'
import { PrintReportSheet } from './PrintReportSheet'
import { useSessionOptions } from './use-session-options'

/** The verslag as a printable page (anonymised), with a print button; menus are hidden on paper. */
export function PrintReportPage() {
  const { t } = useTranslation()
  const { sessionId = '' } = useParams()
  const { active } = useActiveProgramme()
  const detail = useApiQuery('session.get', { sessionId })
  const options = useSessionOptions(active.id)
  const { redact, error: termsError, retry: retryTerms } = useRedactor(active.id)
  const sheet = useMemo(
    () => (detail.data && redact ? anonymiseSessionDetail(detail.data, redact) : undefined),
    [detail.data, redact],
  )
  const title = sheet
    ? t('sessions.print.title', { title: sheet.session.title })
    : t('sessions.report.heading')
  return (
    <>
      <div className={classes.screenOnly}>
        <PageHeader
          title={title}
          description={t('sessions.print.anonymous')}
          actions={
            <Group gap="sm">
              <Button
                variant="default"
                component={Link}
                to={`/sessies/${sessionId}`}
                leftSection={<IconArrowLeft size={18} aria-hidden />}
              >
                {t('sessions.print.back')}
              </Button>
              <Button
                leftSection={<IconPrinter size={18} aria-hidden />}
                onClick={() => window.print()}
                disabled={!sheet}
              >
                {t('sessions.print.button')}
              </Button>
            </Group>
          }
        />
      </div>
      {sheet && !options.isLoading ? (
        <PrintReportSheet detail={sheet} programmeName={active.name} nameOf={options.nameOf} />
      ) : detail.error ? (
        <ErrorState error={detail.error} onRetry={detail.refresh} />
      ) : termsError ? (
        <ErrorState error={termsError} onRetry={retryTerms} />
      ) : (
        <LoadingState />
      )}
    </>
  )
}
