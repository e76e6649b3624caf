import { useTranslation } from 'react-i18next'
import { type SessionListItem } from '../../../../shared/api'
import classes from './Calendar.module.css'
import { minutesOf, weekHours } from './calendar-dates'
import { HourSlot } from './HourSlot'
import { SessionChip } from './SessionChip'

interface WeekDayColumnProps {
  date: string
  label: string
  hours: number[]
  items: SessionListItem[]
  onPlan: (date: string, time: string) => void
}

/** The height of one hour in the week view, in rem (matches `.slot` in Calendar.module.css). */
export const HOUR_REM = 3

/** One day in the week view: hour slots to plan or drop on, and the day's sessions placed by time. */
export function WeekDayColumn({ date, label, hours, items, onPlan }: WeekDayColumnProps) {
  const { t } = useTranslation()
  const first = weekHours.first * 60
  const last = weekHours.last * 60
  return (
    <div className={classes.weekColumn} role="group" aria-label={label} data-date={date}>
      {hours.map((hour) => {
        const time = `${String(hour).padStart(2, '0')}:00`
        return (
          <HourSlot
            key={hour}
            date={date}
            time={time}
            label={t('sessions.calendar.planAt', { day: label, time })}
            onPlan={onPlan}
          />
        )
      })}
      {items.map((item) => {
        const start = Math.min(Math.max(minutesOf(item.session.startTime), first), last - 30)
        const end = Math.min(Math.max(minutesOf(item.session.endTime), start + 30), last)
        return (
          <SessionChip
            key={item.session.id}
            item={item}
            block
            style={{
              top: `${((start - first) / 60) * HOUR_REM}rem`,
              height: `${((end - start) / 60) * HOUR_REM}rem`,
            }}
          />
        )
      })}
    </div>
  )
}
