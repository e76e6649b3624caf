import { type SessionStatus, type SessionType } from '../model'

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
  if (from === to) return `Status: de bijeenkomst is al ${sessionStatusWords[to]}.`
  if (!sessionTransitions[from].includes(to)) {
    return `Status: een bijeenkomst die ${sessionStatusWords[from]} is, kan niet ${sessionStatusWords[to]} worden.`
  }
  if (to === 'gehouden' && details.date > details.today)
    return 'Status: een bijeenkomst in de toekomst kan nog niet gehouden zijn.'
  return undefined
}

/** True while the session still lies ahead in the planning (planned or moved). */
export function isPlannedStatus(status: SessionStatus): boolean {
  return status === 'gepland' || status === 'verplaatst'
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
  anders: 'Bijeenkomst',
}
