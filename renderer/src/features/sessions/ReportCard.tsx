import { Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { type SessionDetail } from '../../../../shared/api'
import { SectionCard } from '../../components/SectionCard'
import { useFormatters } from '../../components/use-formatters'
import { NoteBadge } from './SessionStatusBadge'
import classes from './SessionPage.module.css'
import { ReportForm } from './ReportForm'
import { SessionDoors } from './SessionDoors'
import { SessionFollowUps } from './SessionFollowUps'
import { SessionIdeas } from './SessionIdeas'
import { toIsoDate } from './calendar-dates'
import { type SessionOptions } from './use-session-options'

/**
 * The verslag in one place: attendees, partners and notes; ideas collected there; the doors of the
 * round; follow-up actions. Only once the session has started and was not cancelled.
 */
export function ReportCard({ detail, options }: { detail: SessionDetail; options: SessionOptions }) {
  const { t } = useTranslation()
  const format = useFormatters()
  const { session } = detail
  const open = session.status !== 'geannuleerd' && session.date <= toIsoDate(new Date())
  const completedAt = session.report?.completedAt
  return (
    <SectionCard
      title={t('sessions.report.heading')}
      description={open ? t('sessions.report.intro') : t('sessions.report.notYet')}
      aside={
        <div className={classes.reportState}>
          {detail.reportMissing && <NoteBadge>{t('sessions.item.reportMissing')}</NoteBadge>}
          {completedAt && (
            <Text size="sm" c="dimmed">
              {t('sessions.report.completed', { date: format.dateTime(completedAt) })}
            </Text>
          )}
        </div>
      }
      testId="session-report"
    >
      {open && (
        <>
          <ReportForm
            key={session.report?.completedAt ?? 'new'}
            session={session}
            partners={options.partners}
          />
          <div className={classes.reportParts}>
            <SessionIdeas session={session} ideas={detail.ideas} />
            <SessionDoors detail={detail} />
          </div>
          <SessionFollowUps
            session={session}
            actions={detail.actions}
            team={options.team}
            partners={options.partners}
            nameOf={options.nameOf}
          />
        </>
      )}
    </SectionCard>
  )
}
