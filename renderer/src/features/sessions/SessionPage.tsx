import { Button, Stack } from '@mantine/core'
import { IconArrowLeft, IconCalendarDown, IconPencil, IconPrinter } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { canPrintReport } from '../../../../shared/domain/session-rules'
import { Link, useParams } from 'react-router'
import { useApiQuery } from '../../api/use-api-query'
import { useActiveProgramme } from '../../app/active-programme-context'
import { ErrorState } from '../../components/ErrorState'
import { LoadingState } from '../../components/LoadingState'
import { localToday } from '../../components/local-today'
import { PageHeader } from '../../components/PageHeader'
import { useQuickAddPlace } from '../quick-add/quick-add-place'
import { ReportCard } from './ReportCard'
import { SessionDetailsCard } from './SessionDetailsCard'
import classes from './SessionPage.module.css'
import { SessionStatusBadge } from './SessionStatusBadge'
import { SessionStatusCard } from './SessionStatusCard'
import { SessionWarningsAlert } from './SessionWarningsAlert'
import { useExportIcs } from './use-export-ics'
import { useSessionOptions } from './use-session-options'

/** One session: its details, status changes and the verslag (with ideas, doors and actions). */
export function SessionPage() {
  const { t } = useTranslation()
  const { sessionId = '' } = useParams()
  const { active } = useActiveProgramme()
  const detail = useApiQuery('session.get', { sessionId })
  const options = useSessionOptions(active.id)
  const { exportIcs, isPending } = useExportIcs(active.id)
  const session = detail.data?.session
  const [onlyStreet] = session?.streetIds.length === 1 ? session.streetIds : []
  useQuickAddPlace(
    session ? { sessionId, ...(onlyStreet ? { streetId: onlyStreet } : {}), label: session.title } : undefined,
  )

  return (
    <>
      <Button
        component={Link}
        to={session ? `/sessies?datum=${session.date}` : '/sessies'}
        variant="subtle"
        leftSection={<IconArrowLeft size={16} aria-hidden />}
        mb="xs"
        className={classes.back}
      >
        {t('sessions.detail.back')}
      </Button>
      {detail.data && session ? (
        <>
          <PageHeader
            title={session.title}
            badges={<SessionStatusBadge status={session.status} />}
            actions={
              <>
                <Button
                  variant="default"
                  leftSection={<IconPencil size={18} aria-hidden />}
                  component={Link}
                  to={`/sessies/${session.id}/bewerken`}
                >
                  {t('sessions.detail.edit')}
                </Button>
                <Button
                  variant="default"
                  leftSection={<IconCalendarDown size={18} aria-hidden />}
                  loading={isPending}
                  onClick={() => void exportIcs([session.id])}
                >
                  {t('sessions.detail.exportOne')}
                </Button>
                {canPrintReport(session, localToday()) && (
                  <Button
                    variant="default"
                    leftSection={<IconPrinter size={18} aria-hidden />}
                    component={Link}
                    to={`/sessies/${session.id}/verslag-afdrukken`}
                  >
                    {t('sessions.detail.print')}
                  </Button>
                )}
              </>
            }
          />
          <Stack gap="lg">
            <SessionWarningsAlert warnings={detail.data.warnings} />
            <div className={classes.columns}>
              <SessionDetailsCard detail={detail.data} />
              <SessionStatusCard session={session} />
            </div>
            <ReportCard detail={detail.data} options={options} />
          </Stack>
        </>
      ) : detail.error ? (
        <ErrorState error={detail.error} onRetry={detail.refresh} />
      ) : (
        <LoadingState />
      )}
    </>
  )
}
