import { Button, Group, Text } from '@mantine/core'
import { IconArrowLeft, IconPrinter } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link, useParams, useSearchParams } from 'react-router'
import { useApiQuery } from '../../../api/use-api-query'
import { ErrorState } from '../../../components/ErrorState'
import { LoadingState } from '../../../components/LoadingState'
import { PageHeader } from '../../../components/PageHeader'
import { streetPath, streetsPath } from '../streets-paths'
import classes from './WalkList.module.css'
import { WalkListStreet } from './WalkListStreet'

/**
 * Looplijst: a print view of one street (`/straten/:streetId/looplijst`) or of every street of a
 * session (`/straten/looplijst?sessie=`). On paper only the sheet is printed, one street per A4 page.
 */
export function WalkListPage() {
  const { t } = useTranslation()
  const { streetId } = useParams()
  const [search] = useSearchParams()
  const sessionId = search.get('sessie') ?? undefined
  const session = useApiQuery(
    'session.get',
    { sessionId: sessionId ?? '' },
    { enabled: sessionId !== undefined },
  )
  const sessionData = session.data?.session
  const streetIds = streetId !== undefined ? [streetId] : (sessionData?.streetIds ?? [])
  const backTo = streetId !== undefined ? streetPath(streetId) : streetsPath

  return (
    <>
      <div className={classes.screenBar}>
        <Button
          component={Link}
          to={backTo}
          variant="subtle"
          leftSection={<IconArrowLeft size={16} aria-hidden />}
        >
          {t('common.back')}
        </Button>
        <Group gap="sm">
          <Text size="sm" c="dimmed">
            {t('streets.walkList.printHint')}
          </Text>
          <Button leftSection={<IconPrinter size={18} aria-hidden />} onClick={() => window.print()}>
            {t('streets.walkList.print')}
          </Button>
        </Group>
      </div>
      <div className={classes.screenOnly}>
        <PageHeader
          title={
            sessionData
              ? t('streets.walkList.sessionTitle', { session: sessionData.title })
              : t('streets.walkList.title')
          }
          description={t('streets.walkList.description')}
        />
      </div>
      {sessionId !== undefined && session.error ? (
        <ErrorState error={session.error} onRetry={session.refresh} />
      ) : sessionId !== undefined && !sessionData ? (
        <LoadingState />
      ) : streetIds.length === 0 ? (
        <Text>{t('streets.walkList.noStreets')}</Text>
      ) : (
        <div className={classes.sheet} data-testid="walk-list">
          {streetIds.map((id) => (
            <WalkListStreet
              key={id}
              streetId={id}
              {...(sessionData ? { sessionTitle: sessionData.title } : {})}
            />
          ))}
        </div>
      )}
    </>
  )
}
