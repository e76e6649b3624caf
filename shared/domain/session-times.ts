import { type SessionType } from '../model/vocabulary'

/** A session's clock times as `HH:mm`. */
export interface SessionTimes {
  startTime: string
  endTime: string
}

/**
 * When a new session of each kind usually takes place: door rounds in the late afternoon, when
 * people come home; evenings for bewonersavonden; office hours for partners and kitchen tables.
 */
export const defaultSessionTimes: Readonly<Record<SessionType, SessionTimes>> = {
  'deur-aan-deur': { startTime: '16:00', endTime: '18:30' },
  keukentafel: { startTime: '10:00', endTime: '11:30' },
  straatgesprek: { startTime: '15:30', endTime: '17:30' },
  bewonersavond: { startTime: '19:30', endTime: '21:30' },
  ideeenmarkt: { startTime: '14:00', endTime: '17:00' },
  terugkoppeling: { startTime: '19:30', endTime: '21:00' },
  partneroverleg: { startTime: '10:00', endTime: '11:30' },
  anders: { startTime: '19:30', endTime: '21:30' },
}

/** The times a new session of this kind starts with: the coach's last choice, else the usual ones. */
export function sessionTimesFor(
  type: SessionType,
  remembered: Readonly<Partial<Record<SessionType, SessionTimes>>> = {},
): SessionTimes {
  return remembered[type] ?? defaultSessionTimes[type]
}

/** The times moved to start at `start`, keeping their length (ending at 23:59 at the latest). */
export function shiftTimes(times: SessionTimes, start: string): SessionTimes {
  const minutes = (text: string) => {
    const [hours, mins] = text.split(':')
    return Number(hours) * 60 + Number(mins)
  }
  const length = Math.max(30, minutes(times.endTime) - minutes(times.startTime))
  const end = Math.min(minutes(start) + length, 23 * 60 + 59)
  const clock = (value: number) =>
    `${String(Math.floor(value / 60)).padStart(2, '0')}:${String(value % 60).padStart(2, '0')}`
  return { startTime: start, endTime: clock(end) }
}
