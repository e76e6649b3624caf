import { format, isToday } from 'date-fns'
import { type SessionListItem } from '../../../../shared/api'
import classes from './Calendar.module.css'
import { toIsoDate, weekDays, weekHours } from './calendar-dates'
import { WeekDayColumn } from './WeekDayColumn'
import { useDateLocale } from './use-date-locale'

interface WeekViewProps {
  anchor: Date
  byDate: ReadonlyMap<string, SessionListItem[]>
  onPlan: (date: string, time: string) => void
}

/** Monday to Sunday with an hour grid; sessions are placed by their start and end time. */
export function WeekView({ anchor, byDate, onPlan }: WeekViewProps) {
  const locale = useDateLocale()
  const days = weekDays(anchor)
  const hours = Array.from(
    { length: weekHours.last - weekHours.first },
    (_, index) => weekHours.first + index,
  )
  return (
    <div className={classes.week} data-testid="week-view">
      <div className={classes.weekHead} aria-hidden>
        <div />
        {days.map((day) => (
          <div
            key={toIsoDate(day)}
            className={`${classes.weekHeadDay} ${isToday(day) ? classes.todayHead : ''}`}
          >
            <span className={classes.weekHeadName}>{format(day, 'EEEE', { locale })}</span>
            <span className={classes.weekHeadDate}>{format(day, 'd MMM', { locale })}</span>
          </div>
        ))}
      </div>
      <div className={classes.weekBody}>
        <div className={classes.hourGutter} aria-hidden>
          {hours.map((hour) => (
            <div key={hour} className={classes.hourLabel}>
              {`${String(hour).padStart(2, '0')}:00`}
            </div>
          ))}
        </div>
        {days.map((day) => {
          const iso = toIsoDate(day)
          return (
            <WeekDayColumn
              key={iso}
              date={iso}
              label={format(day, 'EEEE d MMMM', { locale })}
              hours={hours}
              items={byDate.get(iso) ?? []}
              onPlan={onPlan}
            />
          )
        })}
      </div>
    </div>
  )
}
