import { Anchor, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useApiQuery } from '../../api/use-api-query'
import { ErrorState } from '../../components/ErrorState'
import { LoadingState } from '../../components/LoadingState'
import { SectionCard } from '../../components/SectionCard'
import { useFormatters } from '../../components/use-formatters'
import classes from './Dashboard.module.css'
import { localToday } from '../../components/local-today'

const shown = 4

/** The next planned sessions: date, time, title and place. */
export function UpcomingSessionsCard({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation()
  const format = useFormatters()
  const sessions = useApiQuery('session.list', {
    programmeId,
    from: localToday(),
    statuses: ['gepland', 'verplaatst'],
  })
  return (
    <SectionCard
      title={t('dashboardCards.upcomingHeading')}
      description={t('dashboardCards.upcomingIntro')}
      testId="upcoming-sessions"
    >
      {sessions.error ? (
        <ErrorState error={sessions.error} onRetry={sessions.refresh} />
      ) : !sessions.data ? (
        <LoadingState minHeight={80} />
      ) : sessions.data.length === 0 ? (
        <Text c="dimmed">{t('dashboardCards.upcomingEmpty')}</Text>
      ) : (
        <ul className={classes.plainList}>
          {sessions.data.slice(0, shown).map(({ session }) => (
            <li key={session.id} data-testid="upcoming-session">
              <Anchor component={Link} to={`/sessies/${session.id}`} fw={600} c="inherit">
                {session.title}
              </Anchor>
              <Text size="sm" c="dimmed">
                {format.date(session.date)} ·{' '}
                {t('dashboardCards.timeRange', { start: session.startTime, end: session.endTime })}
                {session.location ? ` · ${session.location}` : ''}
              </Text>
            </li>
          ))}
        </ul>
      )}
      <Anchor component={Link} to="/sessies" fw={600}>
        {t('dashboardCards.allSessions')}
      </Anchor>
    </SectionCard>
  )
}
