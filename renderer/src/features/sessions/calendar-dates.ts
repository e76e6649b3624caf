import {
  addDays,
  addMonths,
  addWeeks,
  eachDayOfInterval,
  endOfMonth,
  endOfWeek,
  format,
  startOfMonth,
  startOfWeek,
} from 'date-fns'

/** The calendar's views, as they appear in the address (`?weergave=`). */
export const calendarViews = ['maand', 'week', 'lijst'] as const
export type CalendarView = (typeof calendarViews)[number]

const weekOptions = { weekStartsOn: 1 } as const

/** `yyyy-MM-dd` of a local date. */
export function toIsoDate(date: Date): string {
  return format(date, 'yyyy-MM-dd')
}

/** The local date of a `yyyy-MM-dd` text (midnight, no time-zone shift); today when it is no date. */
export function fromIsoDate(text: string | null | undefined): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text ?? '')
  if (!match) return new Date()
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
}

/** The days the month view shows: whole weeks (Monday to Sunday) around the month of `anchor`. */
export function monthGridDays(anchor: Date): Date[] {
  return eachDayOfInterval({
    start: startOfWeek(startOfMonth(anchor), weekOptions),
    end: endOfWeek(endOfMonth(anchor), weekOptions),
  })
}

/** Monday to Sunday of the week of `anchor`. */
export function weekDays(anchor: Date): Date[] {
  const monday = startOfWeek(anchor, weekOptions)
  return Array.from({ length: 7 }, (_, index) => addDays(monday, index))
}

/** The anchor one step back (-1) or forward (1) in the given view. */
export function shiftAnchor(view: CalendarView, anchor: Date, step: -1 | 1): Date {
  return view === 'week' ? addWeeks(anchor, step) : addMonths(anchor, step)
}

/** Minutes after midnight of an `HH:mm` time. */
export function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number)
  return (hours ?? 0) * 60 + (minutes ?? 0)
}

/** `HH:mm` of minutes after midnight (kept within the day). */
export function timeOf(minutes: number): string {
  const bounded = Math.min(Math.max(Math.round(minutes), 0), 23 * 60 + 59)
  return `${String(Math.floor(bounded / 60)).padStart(2, '0')}:${String(bounded % 60).padStart(2, '0')}`
}

/** The first and the last hour the week view shows (sessions outside are kept at its edges). */
export const weekHours = { first: 7, last: 22 } as const
