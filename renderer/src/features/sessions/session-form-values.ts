import { z } from 'zod'
import {
  type Session,
  type SessionType,
  idSchema,
  isoDateSchema,
  longText,
  requiredText,
  sessionTypes,
  shortText,
  timeSchema,
} from '../../../../shared/model'
import { type SessionTimes, shiftTimes } from '../../../../shared/domain/session-times'

/** The session form as its inputs hold it. */
export interface SessionFormValues {
  type: SessionType
  title: string
  date: string | null
  startTime: string
  endTime: string
  location: string
  streetIds: string[]
  teamMemberIds: string[]
  invitedPartnerIds: string[]
  goal: string
}

/** The fields of the form, for placing the API's validation errors. */
export const sessionFormFields = [
  'type',
  'title',
  'date',
  'startTime',
  'endTime',
  'location',
  'streetIds',
  'teamMemberIds',
  'invitedPartnerIds',
  'goal',
] as const satisfies ReadonlyArray<keyof SessionFormValues>
export type SessionFormField = (typeof sessionFormFields)[number]

/** The same rules as `session.create` (shared field schemas), without the programme. */
export const sessionFormSchema = z
  .object({
    type: z.enum(sessionTypes),
    title: requiredText(160),
    date: isoDateSchema,
    startTime: timeSchema,
    endTime: timeSchema,
    location: shortText(200),
    streetIds: z.array(idSchema).max(1000),
    teamMemberIds: z.array(idSchema).max(200),
    invitedPartnerIds: z.array(idSchema).max(200),
    goal: longText(4000),
  })
  .refine((value) => value.endTime > value.startTime, { path: ['endTime'], message: 'endBeforeStart' })

/** A checked session draft, ready for `session.create` or `session.update`. */
export type SessionDraft = z.output<typeof sessionFormSchema>

/**
 * Empty form values for a new session of a kind, with that kind's usual times (`times`); a day and
 * hour chosen in the calendar (`HH:mm`) keep the usual length of the session.
 */
export function newSessionValues(
  date: string | null,
  time: string | null,
  type: SessionType,
  times: SessionTimes,
): SessionFormValues {
  return {
    type,
    title: '',
    date,
    ...(time && /^\d{2}:\d{2}$/.test(time) ? shiftTimes(times, time) : times),
    location: '',
    streetIds: [],
    teamMemberIds: [],
    invitedPartnerIds: [],
    goal: '',
  }
}

/** The form values of an existing session. */
export function sessionToValues(session: Session): SessionFormValues {
  return {
    type: session.type,
    title: session.title,
    date: session.date,
    startTime: session.startTime,
    endTime: session.endTime,
    location: session.location,
    streetIds: session.streetIds,
    teamMemberIds: session.teamMemberIds,
    invitedPartnerIds: session.invitedPartnerIds,
    goal: session.goal,
  }
}

/** Reads a time as a coach types it ("9:30", "19.30", "1930", "19") as `HH:mm`; other text is kept. */
export function normaliseTime(text: string): string {
  const match = /^(\d{1,2})(?:[:.]?(\d{2}))?$/.exec(text.trim())
  if (!match) return text.trim()
  const hours = Number(match[1])
  const minutes = Number(match[2] ?? '0')
  if (hours > 23 || minutes > 59) return text.trim()
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`
}
