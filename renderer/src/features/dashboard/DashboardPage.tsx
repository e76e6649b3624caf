import { Badge, Button, Stack, Title } from '@mantine/core'
import { IconPresentation } from '@tabler/icons-react'
import { useDeferredValue } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useApiQuery } from '../../api/use-api-query'
import { useActiveProgramme } from '../../app/active-programme-context'
import { ErrorState } from '../../components/ErrorState'
import { LoadingState } from '../../components/LoadingState'
import { PageHeader } from '../../components/PageHeader'
import { MissingReportsCard } from '../sessions/MissingReportsCard'
import classes from './Dashboard.module.css'
import { IdeasByStatusCard } from './IdeasByStatusCard'
import { IdeasByThemeCard } from './IdeasByThemeCard'
import { IdeasPerWeekCard } from './IdeasPerWeekCard'
import { KeyFigures } from './KeyFigures'
import { OverdueActionsCard } from './OverdueActionsCard'
import { ResidentsCard } from './ResidentsCard'
import { StreetCoverageCard } from './StreetCoverageCard'
import { UpcomingSessionsCard } from './UpcomingSessionsCard'
import { useProgrammeSubtitle } from './use-programme-subtitle'
import { WaitingForPartnerCard } from './WaitingForPartnerCard'

/**
 * "How far are we?" for the active programme: key figures against the goals, charts of reach and
 * ideas (from the same chart data as the Word reports) and what needs attention. Every number comes
 * straight from `stats.programme` or the lists behind it. The key figures paint first; the cards
 * below follow in the next render, so they never hold up the figures.
 */
export function DashboardPage() {
  const { t } = useTranslation()
  const { active } = useActiveProgramme()
  const stats = useApiQuery('stats.programme', { programmeId: active.id })
  const subtitle = useProgrammeSubtitle(active)
  // false in the first render, true in a follow-up render React does right after it has painted.
  const showCards = useDeferredValue(true, false)

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
        actions={
          <Button component={Link} to="/presenteren" leftSection={<IconPresentation size={18} aria-hidden />}>
            {t('dashboardCards.present')}
          </Button>
        }
      />
      {stats.data ? (
        <Stack gap="xl">
          <KeyFigures stats={stats.data} />
          {showCards && (
            <>
              <section aria-labelledby="progress-heading">
                <Title order={2} id="progress-heading" className={classes.sectionHeading}>
                  {t('dashboardCards.progressHeading')}
                </Title>
                <div className={classes.columns}>
                  <StreetCoverageCard streets={stats.data.perStreet} />
                  <IdeasByStatusCard ideasByStatus={stats.data.ideasByStatus} total={stats.data.ideas} />
                  <IdeasByThemeCard ideasByTheme={stats.data.ideasByTheme} />
                  <IdeasPerWeekCard programmeId={active.id} />
                  <ResidentsCard programmeId={active.id} />
                </div>
              </section>
              <section aria-labelledby="attention-heading">
                <Title order={2} id="attention-heading" className={classes.sectionHeading}>
                  {t('dashboardCards.attentionHeading')}
                </Title>
                <div className={classes.columns}>
                  <UpcomingSessionsCard programmeId={active.id} />
                  <OverdueActionsCard programmeId={active.id} />
                  <WaitingForPartnerCard programmeId={active.id} />
                  <MissingReportsCard programmeId={active.id} />
                </div>
              </section>
            </>
          )}
        </Stack>
      ) : stats.error ? (
        <ErrorState error={stats.error} onRetry={stats.refresh} />
      ) : (
        <LoadingState />
      )}
    </>
  )
}
