import { Badge, Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useApiQuery } from '../../api/use-api-query'
import { useActiveProgramme } from '../../app/active-programme-context'
import { ErrorState } from '../../components/ErrorState'
import { LoadingState } from '../../components/LoadingState'
import { PageHeader } from '../../components/PageHeader'
import classes from './Dashboard.module.css'
import { IdeasByStatusCard } from './IdeasByStatusCard'
import { KeyFigures } from './KeyFigures'
import { StreetCoverageCard } from './StreetCoverageCard'
import { useProgrammeSubtitle } from './use-programme-subtitle'

/**
 * "How far are we?" for the active programme: key figures against the goals, reach per street and
 * ideas per status. Every number comes straight from `stats.programme`.
 */
export function DashboardPage() {
  const { t } = useTranslation()
  const { active } = useActiveProgramme()
  const stats = useApiQuery('stats.programme', { programmeId: active.id })
  const subtitle = useProgrammeSubtitle(active)

  return (
    <>
      <PageHeader
        title={active.name}
        description={subtitle}
        badges={
          active.isDemo ? (
            <Badge variant="light" size="lg" radius="sm" title={t('dashboard.demoNotice')}>
              {t('common.demo')}
            </Badge>
          ) : undefined
        }
      />
      {stats.data ? (
        <Stack gap="xl">
          <KeyFigures stats={stats.data} />
          <div className={classes.columns}>
            <StreetCoverageCard streets={stats.data.perStreet} />
            <IdeasByStatusCard ideasByStatus={stats.data.ideasByStatus} total={stats.data.ideas} />
          </div>
        </Stack>
      ) : stats.error ? (
        <ErrorState error={stats.error} onRetry={stats.refresh} />
      ) : (
        <LoadingState />
      )}
    </>
  )
}
