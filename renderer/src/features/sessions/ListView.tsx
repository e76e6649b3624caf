import { Button, Text } from '@mantine/core'
import { format } from 'date-fns'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { type SessionListItem } from '../../../../shared/api'
import { localToday } from '../../components/local-today'
import classes from './Calendar.module.css'
import { fromIsoDate } from './calendar-dates'
import { NoteBadge, SessionStatusBadge } from './SessionStatusBadge'
import { sessionTypeClass, sessionTypeIcons } from './session-type-style'
import { useDateLocale } from './use-date-locale'

/**
 * The sessions from today on, by month and day (the first one at the top), with type, time, streets
 * and status. Earlier sessions fold open below, the most recent first.
 */
export function ListView({ items }: { items: SessionListItem[] }) {
  const { t } = useTranslation()
  const [showPast, setShowPast] = useState(false)
  if (items.length === 0) return <Text c="dimmed">{t('sessions.calendar.emptyList')}</Text>
  const today = localToday()
  const byDay = (a: SessionListItem, b: SessionListItem) =>
    a.session.date.localeCompare(b.session.date) || a.session.startTime.localeCompare(b.session.startTime)
  const upcoming = items.filter((item) => item.session.date >= today).sort(byDay)
  const past = items.filter((item) => item.session.date < today).sort((a, b) => byDay(b, a))
  return (
    <div className={classes.list} data-testid="list-view">
      {upcoming.length === 0 ? (
        <Text c="dimmed">{t('sessions.calendar.noUpcoming')}</Text>
      ) : (
        <SessionMonths items={upcoming} />
      )}
      {past.length > 0 && (
        <Button
          variant="subtle"
          onClick={() => setShowPast((value) => !value)}
          aria-expanded={showPast}
          className={classes.pastToggle}
        >
          {showPast
            ? t('sessions.calendar.hidePast')
            : t('sessions.calendar.showPast', { count: past.length })}
        </Button>
      )}
      {showPast && past.length > 0 && (
        <section aria-label={t('sessions.calendar.pastHeading')} data-testid="list-past">
          <SessionMonths items={past} />
        </section>
      )}
    </div>
  )
}

/** Sessions grouped by month, in the order given. */
function SessionMonths({ items }: { items: SessionListItem[] }) {
  const { t } = useTranslation()
  const locale = useDateLocale()
  const months = new Map<string, SessionListItem[]>()
  for (const item of items) {
    const key = item.session.date.slice(0, 7)
    months.set(key, [...(months.get(key) ?? []), item])
  }
  return (
    <>
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
    </>
  )
}
