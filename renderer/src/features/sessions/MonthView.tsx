import { format, isSameMonth, isToday } from 'date-fns'
import { useTranslation } from 'react-i18next'
import { type SessionListItem } from '../../../../shared/api'
import classes from './Calendar.module.css'
import { monthGridDays, toIsoDate, weekDays } from './calendar-dates'
import { MonthDayCell } from './MonthDayCell'
import { useDateLocale } from './use-date-locale'

interface MonthViewProps {
  anchor: Date
  byDate: ReadonlyMap<string, SessionListItem[]>
  onPlan: (date: string) => void
}

/** A month as whole weeks from Monday to Sunday, with each day's sessions. */
export function MonthView({ anchor, byDate, onPlan }: MonthViewProps) {
  const { t } = useTranslation()
  const locale = useDateLocale()
  const days = monthGridDays(anchor)
  return (
    <div
      className={classes.month}
      role="group"
      aria-label={format(anchor, 'LLLL yyyy', { locale })}
      data-testid="month-view"
    >
      <div className={classes.weekdayRow} aria-hidden>
        {weekDays(anchor).map((day) => (
          <div key={day.getDay()} className={classes.weekday}>
            {format(day, 'EEEEEE', { locale })}
          </div>
        ))}
      </div>
      <div className={classes.monthGrid}>
        {days.map((day) => {
          const iso = toIsoDate(day)
          return (
            <MonthDayCell
              key={iso}
              date={iso}
              label={format(day, 'EEEE d MMMM', { locale })}
              dayNumber={format(day, 'd')}
              outside={!isSameMonth(day, anchor)}
              today={isToday(day)}
              items={byDate.get(iso) ?? []}
              planLabel={t('sessions.calendar.planOn', { day: format(day, 'EEEE d MMMM', { locale }) })}
              onPlan={onPlan}
            />
          )
        })}
      </div>
    </div>
  )
}
