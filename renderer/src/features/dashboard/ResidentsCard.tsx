import { Anchor, Progress, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useApiQuery } from '../../api/use-api-query'
import { ErrorState } from '../../components/ErrorState'
import { LoadingState } from '../../components/LoadingState'
import { SectionCard } from '../../components/SectionCard'
import { useGoalText } from '../../components/use-goal-text'
import { useFormatters } from '../../components/use-formatters'
import { residentsPath } from '../residents/residents-paths'
import classes from './Dashboard.module.css'
import { useWaitingTime } from '../../components/use-waiting-time'

/**
 * "Bewoners aan zet" on the dashboard: active residents and connections against their goals, ideas with
 * a resident as trekker, and signals as counts (warm handovers waiting). From `stats.residents`.
 */
export function ResidentsCard({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation()
  const waiting = useWaitingTime()
  const format = useFormatters()
  const figures = useApiQuery('stats.residents', { programmeId })
  const f = figures.data
  const againstGoal = useGoalText()
  return (
    <SectionCard
      title={t('residents.dashboard.heading')}
      description={t('residents.dashboard.intro')}
      testId="residents-card"
    >
      {figures.error ? (
        <ErrorState error={figures.error} onRetry={figures.refresh} />
      ) : !f ? (
        <LoadingState minHeight={80} />
      ) : (
        <ul className={classes.plainList}>
          <li data-testid="residents-card-active">
            <div className={classes.rowLink}>
              <Text fw={600}>{t('residents.dashboard.active')}</Text>
              <Text fw={700} className="app-tabular">
                {format.number(f.residents.active)}
              </Text>
            </div>
            <Text size="sm" c="dimmed">
              {againstGoal(f.residents.active, f.goals.activeResidents)} ·{' '}
              {t('residents.dashboard.trekkers', {
                count: f.residents.ideasWithTrekker,
                ideas: f.residents.ideas,
              })}
            </Text>
            {f.goals.activeResidents > 0 && (
              <Progress
                mt={6}
                size="sm"
                radius="xl"
                value={Math.min(100, (f.residents.active / f.goals.activeResidents) * 100)}
                aria-label={t('residents.dashboard.activeProgress', {
                  value: format.number(f.residents.active),
                  goal: format.number(f.goals.activeResidents),
                })}
              />
            )}
          </li>
          <li data-testid="residents-card-connections">
            <div className={classes.rowLink}>
              <Text fw={600}>{t('residents.dashboard.connections')}</Text>
              <Text fw={700} className="app-tabular">
                {format.number(f.connections.made)}
              </Text>
            </div>
            <Text size="sm" c="dimmed">
              {againstGoal(f.connections.made, f.goals.connections)} ·{' '}
              {t('residents.dashboard.running', { count: f.connections.running })}
              {f.connections.after3Months.eligible > 0 &&
                ` · ${t('residents.dashboard.after3', {
                  active: format.number(f.connections.after3Months.active),
                  eligible: format.number(f.connections.after3Months.eligible),
                })}`}
            </Text>
          </li>
          <li data-testid="residents-card-signals">
            <div className={classes.rowLink}>
              <Text fw={600}>{t('residents.dashboard.signals')}</Text>
              <Text fw={700} className="app-tabular">
                {format.number(f.signals.total)}
              </Text>
            </div>
            <Text size="sm" c="dimmed">
              {t('residents.dashboard.handovers', { count: f.signals.handovers.handovers })} ·{' '}
              {f.signals.handovers.waiting > 0
                ? t('residents.dashboard.waiting', {
                    count: f.signals.handovers.waiting,
                    waiting: waiting(f.signals.handovers.longestWaitingDays),
                  })
                : t('residents.dashboard.noneWaiting')}
            </Text>
          </li>
        </ul>
      )}
      <Anchor component={Link} to={residentsPath()} fw={600}>
        {t('residents.dashboard.link')}
      </Anchor>
    </SectionCard>
  )
}
