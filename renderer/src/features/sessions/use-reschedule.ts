import { format } from 'date-fns'
import { useTranslation } from 'react-i18next'
import { type SessionListItem } from '../../../../shared/api'
import { useApiMutation } from '../../api/use-api-mutation'
import { notifySuccess } from '../../components/notifications'
import { fromIsoDate, minutesOf, timeOf } from './calendar-dates'
import { notifySessionWarnings } from './notify-session-warnings'
import { useDateLocale } from './use-date-locale'

/** Where a session was dropped: a day (month view) or a day and hour (week view). */
export interface DropTarget {
  date: string
  /** `HH:mm` of the slot, in the week view. */
  time?: string
}

/**
 * Moves a session to another day (keeping its times) or another slot (keeping its length) through
 * `session.update`, then confirms it and shows any warnings. The API marks it "verplaatst".
 */
export function useReschedule(): (item: SessionListItem, target: DropTarget) => Promise<void> {
  const { t } = useTranslation()
  const locale = useDateLocale()
  const update = useApiMutation('session.update')
  return async (item, target) => {
    const { session } = item
    const startTime = target.time ?? session.startTime
    if (target.date === session.date && startTime === session.startTime) return
    const length = minutesOf(session.endTime) - minutesOf(session.startTime)
    const endTime = target.time ? timeOf(minutesOf(startTime) + length) : session.endTime
    const outcome = await update.mutate({ sessionId: session.id, date: target.date, startTime, endTime })
    if (!outcome.ok) return
    const day = format(fromIsoDate(target.date), 'EEEE d MMMM', { locale })
    notifySuccess(
      target.time
        ? t('sessions.calendar.movedAt', { title: session.title, day, time: startTime })
        : t('sessions.calendar.moved', { title: session.title, day }),
    )
    notifySessionWarnings(outcome.value.warnings)
  }
}
