import { format, isToday } from 'date-fns'
import { useLayoutEffect, useRef } from 'react'
import { type SessionListItem } from '../../../../shared/api'
import classes from './Calendar.module.css'
import { toIsoDate, weekDays, weekHours } from './calendar-dates'
import { HOUR_REM, WeekDayColumn } from './WeekDayColumn'
import { useDateLocale } from './use-date-locale'

interface WeekViewProps {
  anchor: Date
  byDate: ReadonlyMap<string, SessionListItem[]>
  onPlan: (date: string, time: string) => void
}

/** The hour the week opens at when it has no sessions. */
const openingHour = 8

/**
 * The hour the week view scrolls to: half an hour before the week's earliest session, or 08:00.
 * Evening sessions are then in view, not below a morning of empty hours.
 */
export function weekScrollHour(startTimes: readonly string[]): number {
  const earliest = [...startTimes].sort()[0]
  if (earliest === undefined) return openingHour
  const [hours, minutes] = earliest.split(':').map(Number)
  const hour = (hours ?? openingHour) + (minutes ?? 0) / 60 - 0.5
  return Math.min(Math.max(hour, weekHours.first), weekHours.last - 1)
}

/**
 * Monday to Sunday with an hour grid; sessions are placed by their start and end time. The hours
 * scroll inside the view (the day names stay on top), opened at the week's first session.
 */
export function WeekView({ anchor, byDate, onPlan }: WeekViewProps) {
  const locale = useDateLocale()
  const days = weekDays(anchor)
  const bodyRef = useRef<HTMLDivElement>(null)
  const weekKey = toIsoDate(days[0] ?? anchor)
  const startTimes = days.flatMap((day) =>
    (byDate.get(toIsoDate(day)) ?? []).map((item) => item.session.startTime),
  )
  const scrollHour = weekScrollHour(startTimes)
  // Only when another week opens (or its first session moves), never while the coach scrolls.
  useLayoutEffect(() => {
    const body = bodyRef.current
    if (!body) return
    const remPx = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16
    body.scrollTop = (scrollHour - weekHours.first) * HOUR_REM * remPx
  }, [weekKey, scrollHour])
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
      <div className={classes.weekBody} ref={bodyRef} data-testid="week-body">
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
