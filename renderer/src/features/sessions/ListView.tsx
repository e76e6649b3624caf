import { Text } from '@mantine/core'
import { format } from 'date-fns'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { type SessionListItem } from '../../../../shared/api'
import classes from './Calendar.module.css'
import { fromIsoDate } from './calendar-dates'
import { NoteBadge, SessionStatusBadge } from './SessionStatusBadge'
import { sessionTypeClass, sessionTypeIcons } from './session-type-style'
import { useDateLocale } from './use-date-locale'

/** All sessions of the programme, by month and day, with type, time, streets and status. */
export function ListView({ items }: { items: SessionListItem[] }) {
  const { t } = useTranslation()
  const locale = useDateLocale()
  if (items.length === 0) return <Text c="dimmed">{t('sessions.calendar.emptyList')}</Text>
  const months = new Map<string, SessionListItem[]>()
  for (const item of items) {
    const key = item.session.date.slice(0, 7)
    months.set(key, [...(months.get(key) ?? []), item])
  }
  return (
    <div className={classes.list} data-testid="list-view">
      {[...months].map(([month, monthItems]) => (
        <section key={month} aria-label={format(fromIsoDate(`${month}-01`), 'LLLL yyyy', { locale })}>
          <h2 className={classes.listMonth}>{format(fromIsoDate(`${month}-01`), 'LLLL yyyy', { locale })}</h2>
          <ul className={classes.listItems}>
            {monthItems.map((item) => {
              const { session } = item
              const Icon = sessionTypeIcons[session.type]
              return (
                <li
                  key={session.id}
                  className={`${classes.listRow} ${sessionTypeClass(session.type)}`}
                  data-testid="list-session"
                >
                  <span className={classes.listDate}>
                    {format(fromIsoDate(session.date), 'EEEE d MMMM', { locale })}
                  </span>
                  <span className={classes.listTime}>
                    {t('sessions.item.time', { start: session.startTime, end: session.endTime })}
                  </span>
                  <span className={classes.listMain}>
                    <Link
                      to={`/sessies/${session.id}`}
                      className={`${classes.listTitle} ${session.status === 'geannuleerd' ? classes.cancelledText : ''}`}
                    >
                      {session.title}
                    </Link>
                    <span className={classes.listType}>
                      <Icon size={14} aria-hidden />
                      {t(`vocabulary.sessionType.${session.type}`)}
                      {item.streetNames.length > 0 && ` · ${item.streetNames.join(', ')}`}
                    </span>
                  </span>
                  <span className={classes.listBadges}>
                    <SessionStatusBadge status={session.status} />
                    {item.reportMissing && <NoteBadge>{t('sessions.item.reportMissing')}</NoteBadge>}
                  </span>
                </li>
              )
            })}
          </ul>
        </section>
      ))}
    </div>
  )
}
