import { format } from 'date-fns'
import { type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { type SessionDetail } from '../../../../shared/api'
import { SectionCard } from '../../components/SectionCard'
import classes from './SessionPage.module.css'
import { fromIsoDate } from './calendar-dates'
import { useDateLocale } from './use-date-locale'

/** What, when, where and who of one session, as a description list. */
export function SessionDetailsCard({ detail }: { detail: SessionDetail }) {
  const { t } = useTranslation()
  const locale = useDateLocale()
  const { session } = detail
  const none = <span className={classes.none}>{t('sessions.detail.none')}</span>
  const rows: Array<[string, ReactNode]> = [
    [
      t('sessions.detail.when'),
      t('sessions.detail.whenValue', {
        day: format(fromIsoDate(session.date), 'EEEE d MMMM yyyy', { locale }),
        start: session.startTime,
        end: session.endTime,
      }),
    ],
    [t('sessions.detail.type'), t(`vocabulary.sessionType.${session.type}`)],
    [t('sessions.detail.location'), session.location || none],
    [t('sessions.detail.streets'), detail.streetNames.join(', ') || none],
    [t('sessions.detail.team'), detail.teamNames.join(', ') || none],
    [t('sessions.detail.partners'), detail.invitedPartnerNames.join(', ') || none],
    [
      t('sessions.detail.goal'),
      session.goal ? <span className={classes.prewrap}>{session.goal}</span> : none,
    ],
  ]
  return (
    <SectionCard title={t('sessions.detail.detailsHeading')} testId="session-details">
      <dl className={classes.details}>
        {rows.map(([label, value]) => (
          <div key={label} className={classes.detailRow}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </SectionCard>
  )
}
