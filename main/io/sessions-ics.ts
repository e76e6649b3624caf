import { createEvents, type DateArray, type EventAttributes } from 'ics'
import { amsterdamToUtc } from '../../shared/domain/amsterdam-time'
import { sessionTypeWords } from '../../shared/domain/session-rules'
import { type Session } from '../../shared/model'
import { foldIcsLines } from './ics-folding'

/** What a calendar event needs besides the session itself. */
export interface IcsContext {
  programmeName: string
  streetNames: (session: Session) => string[]
  teamNames: (session: Session) => string[]
  now: Date
}

function utcArray(date: Date): DateArray {
  return [
    date.getUTCFullYear(),
    date.getUTCMonth() + 1,
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes(),
  ]
}

/**
 * The sessions as one iCalendar file that Outlook, Google Calendar and Apple Calendar import: Dutch
 * titles, times converted from Dutch local time to UTC (so summer and winter time are right whatever
 * the importing computer's zone), stable UIDs and a SEQUENCE that goes up with every change, so
 * importing again updates instead of duplicating; lines folded at 75 octets of UTF-8.
 */
export function sessionsToIcs(sessions: readonly Session[], context: IcsContext): string {
  if (sessions.length === 0) throw new Error('Er zijn geen sessies om te exporteren.')
  const events: EventAttributes[] = sessions.map((session) => {
    const streets = context.streetNames(session)
    const team = context.teamNames(session)
    const description = [
      `${sessionTypeWords[session.type]} — ${context.programmeName}`,
      session.goal ? `\nDoel en agenda:\n${session.goal}` : '',
      streets.length ? `\nStraten: ${streets.join(', ')}` : '',
      team.length ? `Team: ${team.join(', ')}` : '',
    ]
      .filter(Boolean)
      .join('\n')
    return {
      uid: `${session.id}@krachtstroom-coach`,
      title: session.title,
      description,
      ...(session.location ? { location: session.location } : {}),
      start: utcArray(amsterdamToUtc(session.date, session.startTime)),
      startInputType: 'utc',
      startOutputType: 'utc',
      end: utcArray(amsterdamToUtc(session.date, session.endTime)),
      endInputType: 'utc',
      endOutputType: 'utc',
      status: session.status === 'geannuleerd' ? 'CANCELLED' : 'CONFIRMED',
      categories: [sessionTypeWords[session.type]],
      productId: 'krachtstroom-coach/ics',
      calName: context.programmeName,
      lastModified: utcArray(new Date(session.updatedAt)),
      // Goes up with every change, so Outlook and Google replace the event they imported before.
      sequence: session.revision,
    }
  })
  const { error, value } = createEvents(events)
  if (error || !value)
    throw new Error(`De agenda kon niet worden gemaakt: ${error?.message ?? 'onbekende fout'}`)
  return foldIcsLines(value)
}
