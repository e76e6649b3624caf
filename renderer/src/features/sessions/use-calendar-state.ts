import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { type CalendarView, calendarViews, fromIsoDate, toIsoDate } from './calendar-dates'

/** What the calendar shows: the view and a day inside the shown period. */
export interface CalendarState {
  view: CalendarView
  anchor: Date
  setView: (view: CalendarView) => void
  setAnchor: (date: Date) => void
}

/**
 * The calendar's view and period, kept in the address (`?weergave=week&datum=2026-12-07`), so coming
 * back from a session page shows the same month or week.
 */
export function useCalendarState(): CalendarState {
  const [params, setParams] = useSearchParams()
  const rawView = params.get('weergave')
  const view: CalendarView = calendarViews.find((name) => name === rawView) ?? 'maand'
  const rawDate = params.get('datum')
  const anchor = useMemo(() => fromIsoDate(rawDate), [rawDate])

  const update = useCallback(
    (changes: Record<string, string>) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous)
          for (const [key, value] of Object.entries(changes)) next.set(key, value)
          return next
        },
        { replace: true },
      ),
    [setParams],
  )
  const setView = useCallback((next: CalendarView) => update({ weergave: next }), [update])
  const setAnchor = useCallback((date: Date) => update({ datum: toIsoDate(date) }), [update])
  return { view, anchor, setView, setAnchor }
}
