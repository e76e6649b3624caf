import { type SessionStatus, type SessionType } from '../model'
import { wallTimeKind } from './amsterdam-time'

/**
 * Allowed session status changes. A planned or moved session can be held, cancelled or moved; a
 * moved one can also go back to plain "gepland"; a cancelled one can be planned again. Held is final.
 */
export const sessionTransitions: Readonly<Record<SessionStatus, readonly SessionStatus[]>> = {
  gepland: ['gehouden', 'geannuleerd', 'verplaatst'],
  verplaatst: ['gehouden', 'geannuleerd', 'gepland'],
  geannuleerd: ['gepland'],
  gehouden: [],
}

/** Dutch words for session statuses inside sentences. */
export const sessionStatusWords: Readonly<Record<SessionStatus, string>> = {
  gepland: 'gepland',
  gehouden: 'gehouden',
  geannuleerd: 'geannuleerd',
  verplaatst: 'verplaatst',
}

/** Why a session status change is refused, in Dutch, or undefined when it is allowed. */
export function sessionStatusChangeProblem(
  from: SessionStatus,
  to: SessionStatus,
  details: { date: string; today: string },
): string | undefined {
  if (from === to) return `Status: de sessie is al ${sessionStatusWords[to]}.`
  if (!sessionTransitions[from].includes(to)) {
    return `Status: een sessie die ${sessionStatusWords[from]} is, kan niet ${sessionStatusWords[to]} worden.`
  }
  if (to === 'gehouden' && details.date > details.today)
    return 'Status: een sessie in de toekomst kan nog niet gehouden zijn.'
  return undefined
}

/** True while the session still lies ahead in the planning (planned or moved). */
export function isPlannedStatus(status: SessionStatus): boolean {
  return status === 'gepland' || status === 'verplaatst'
}

/**
 * True when a verslag of the session can be printed: it has taken place (held, or its day has come)
 * and it was not cancelled. A session still ahead has nothing to report yet.
 *
 * @param today the coach's local date as `yyyy-MM-dd`.
 */
export function canPrintReport(session: { status: SessionStatus; date: string }, today: string): boolean {
  if (session.status === 'geannuleerd') return false
  return session.status === 'gehouden' || session.date <= today
}

/** Dutch names of session types, for calendar titles and reports. */
export const sessionTypeWords: Readonly<Record<SessionType, string>> = {
  'deur-aan-deur': 'Deur-aan-deurronde',
  keukentafel: 'Keukentafelgesprek',
  straatgesprek: 'Straatgesprek',
  bewonersavond: 'Bewonersavond',
  ideeenmarkt: 'Ideeënmarkt',
  terugkoppeling: 'Terugkoppeling aan bewoners',
  partneroverleg: 'Partneroverleg',
  anders: 'Sessie',
}

/** A session time that cannot be planned, in both languages, with the field at fault. */
export interface SessionTimeProblem {
  field: 'startTime' | 'endTime'
  nl: string
  en: string
}

const monthsNl = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
]
const monthsEn = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

function dayWords(date: string): { nl: string; en: string } {
  const [y, m, d] = date.split('-').map(Number)
  const month = (m ?? 1) - 1
  return { nl: `${d} ${monthsNl[month]} ${y}`, en: `${d} ${monthsEn[month]} ${y}` }
}

/**
 * Why a session's start or end cannot be planned at its local Dutch time: on the night the clocks go
 * forward 02:00–02:59 does not exist (a calendar would show a session of the wrong length), and on
 * the night they go back 02:00–02:59 happens twice (it is unclear which is meant). Answers the first
 * such problem, or undefined.
 */
export function sessionTimeProblem(
  date: string,
  startTime: string,
  endTime: string,
): SessionTimeProblem | undefined {
  const day = dayWords(date)
  for (const [field, time] of [
    ['startTime', startTime],
    ['endTime', endTime],
  ] as const) {
    const kind = wallTimeKind(date, time)
    const labelNl = field === 'startTime' ? 'Begintijd' : 'Eindtijd'
    const labelEn = field === 'startTime' ? 'Start time' : 'End time'
    if (kind === 'skipped') {
      return {
        field,
        nl: `${labelNl}: ${time} bestaat niet op ${day.nl}; die nacht gaat de klok om 02:00 een uur vooruit naar 03:00. Kies een tijd vóór 02:00 of vanaf 03:00.`,
        en: `${labelEn}: ${time} does not exist on ${day.en}; that night the clocks go forward an hour at 02:00, to 03:00. Choose a time before 02:00 or from 03:00.`,
      }
    }
    if (kind === 'repeated') {
      return {
        field,
        nl: `${labelNl}: ${time} komt op ${day.nl} twee keer voor; die nacht gaat de klok om 03:00 een uur terug naar 02:00. Kies een tijd vóór 02:00 of vanaf 03:00.`,
        en: `${labelEn}: ${time} happens twice on ${day.en}; that night the clocks go back an hour at 03:00, to 02:00. Choose a time before 02:00 or from 03:00.`,
      }
    }
  }
  return undefined
}
