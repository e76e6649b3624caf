import { Anchor, Text } from '@mantine/core'
import { format } from 'date-fns'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useApiQuery } from '../../api/use-api-query'
import { ErrorState } from '../../components/ErrorState'
import { LoadingState } from '../../components/LoadingState'
import { SectionCard } from '../../components/SectionCard'
import classes from './MissingReportsCard.module.css'
import { fromIsoDate } from './calendar-dates'
import { sessionTypeClass, sessionTypeIcons } from './session-type-style'
import { useDateLocale } from './use-date-locale'

const SHOWN = 8

/** Dashboard card "Verslag nog maken": sessions that took place without a finished verslag. */
export function MissingReportsCard({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation()
  const locale = useDateLocale()
  const sessions = useApiQuery('session.list', { programmeId })
  const missing = (sessions.data ?? []).filter((item) => item.reportMissing)
  return (
    <SectionCard
      title={t('sessions.missingCard.heading')}
      description={t('sessions.missingCard.intro')}
      testId="missing-reports"
    >
      {sessions.error ? (
        <ErrorState error={sessions.error} onRetry={sessions.refresh} />
      ) : !sessions.data ? (
        <LoadingState minHeight={80} />
      ) : missing.length === 0 ? (
        <Text c="dimmed">{t('sessions.missingCard.none')}</Text>
      ) : (
        <ul className={classes.list}>
          {missing.slice(0, SHOWN).map(({ session }) => {
            const Icon = sessionTypeIcons[session.type]
            return (
              <li
                key={session.id}
                className={`${classes.row} ${sessionTypeClass(session.type)}`}
                data-testid="missing-report"
              >
                <Icon size={18} aria-hidden className={classes.icon} />
                <Anchor component={Link} to={`/sessies/${session.id}`} className={classes.title}>
                  {session.title}
                </Anchor>
                <span className={classes.date}>
                  {format(fromIsoDate(session.date), 'EEE d MMM', { locale })}
                </span>
              </li>
            )
          })}
          {missing.length > SHOWN && (
            <li className={classes.more}>
              <Anchor component={Link} to="/sessies?weergave=lijst">
                {t('sessions.missingCard.more', { count: missing.length - SHOWN })}
              </Anchor>
            </li>
          )}
        </ul>
      )}
    </SectionCard>
  )
}
