import { z } from 'zod'
import { type SessionWarning } from '../../domain/session-conflicts'
import {
  idSchema,
  isoDateSchema,
  longText,
  requiredText,
  sessionStatuses,
  sessionTypes,
  shortText,
  timeSchema,
  type Action,
  type Idea,
  type Session,
} from '../../model'
import { method } from '../define-method'

/** A session in the calendar and lists. */
export interface SessionListItem {
  session: Session
  streetNames: string[]
  teamNames: string[]
  /** Held (or past and still "gepland") without a completed verslag. */
  reportMissing: boolean
  warnings: SessionWarning[]
}

/** Everything the session page shows. */
export interface SessionDetail extends SessionListItem {
  ideas: Idea[]
  contactCount: number
  actions: Action[]
  invitedPartnerNames: string[]
}

/** A saved session with the warnings a coach should see (they never block saving). */
export interface SessionSaved {
  session: Session
  warnings: SessionWarning[]
}

const lists = {
  streetIds: z.array(idSchema).max(1000),
  teamMemberIds: z.array(idSchema).max(200),
  invitedPartnerIds: z.array(idSchema).max(200),
}

const endAfterStart = (value: { startTime?: string; endTime?: string }): boolean =>
  !value.startTime || !value.endTime || value.endTime > value.startTime
const endAfterStartError = {
  error: 'de eindtijd ligt niet na de begintijd',
  path: ['endTime'],
  params: { rule: 'endTimeNotAfterStart' },
}

/** Planning street sessions, recording what happened, and calendar invites. */
export const sessionMethods = {
  'session.list': method<SessionListItem[]>()(
    z
      .object({
        programmeId: idSchema,
        from: isoDateSchema.optional(),
        to: isoDateSchema.optional(),
        statuses: z.array(z.enum(sessionStatuses)).optional(),
      })
      .strict(),
    'Sessions of a programme by date and time.',
  ),
  'session.get': method<SessionDetail>()(
    z.object({ sessionId: idSchema }).strict(),
    'One session with its verslag, ideas and actions.',
  ),
  'session.create': method<SessionSaved>()(
    z
      .object({
        programmeId: idSchema,
        type: z.enum(sessionTypes, { error: 'is geen bekend soort sessie' }),
        title: requiredText(160),
        date: isoDateSchema,
        startTime: timeSchema,
        endTime: timeSchema,
        location: shortText(200).default(''),
        streetIds: lists.streetIds.default([]),
        teamMemberIds: lists.teamMemberIds.default([]),
        invitedPartnerIds: lists.invitedPartnerIds.default([]),
        goal: longText(4000).default(''),
      })
      .strict()
      .refine(endAfterStart, endAfterStartError),
    'Plan a session (status gepland).',
  ),
  'session.update': method<SessionSaved>()(
    z
      .object({
        sessionId: idSchema,
        type: z.enum(sessionTypes).optional(),
        title: requiredText(160).optional(),
        date: isoDateSchema.optional(),
        startTime: timeSchema.optional(),
        endTime: timeSchema.optional(),
        location: shortText(200).optional(),
        streetIds: lists.streetIds.optional(),
        teamMemberIds: lists.teamMemberIds.optional(),
        invitedPartnerIds: lists.invitedPartnerIds.optional(),
        goal: longText(4000).optional(),
      })
      .strict()
      .refine(endAfterStart, endAfterStartError),
    'Change a session; a new date or time on a planned session marks it "verplaatst".',
  ),
  'session.setStatus': method<Session>()(
    z
      .object({ sessionId: idSchema, status: z.enum(sessionStatuses, { error: 'is geen bekende status' }) })
      .strict(),
    'Mark a session held, cancelled, moved or planned again.',
  ),
  'session.saveReport': method<Session>()(
    z
      .object({
        sessionId: idSchema,
        attendees: z.number().int().min(0).max(100_000),
        attendingPartnerIds: z.array(idSchema).max(200).default([]),
        notes: longText(20_000).default(''),
        complete: z.boolean().default(true),
      })
      .strict(),
    'Record the verslag of a session (marks it held).',
  ),
  'session.checkWarnings': method<SessionWarning[]>()(
    z
      .object({
        programmeId: idSchema,
        sessionId: idSchema.optional(),
        date: isoDateSchema,
        startTime: timeSchema,
        endTime: timeSchema,
        teamMemberIds: lists.teamMemberIds.default([]),
        streetIds: lists.streetIds.default([]),
      })
      .strict(),
    'Warnings for a session being planned: double-booked team members, streets already done.',
  ),
  'session.exportIcs': method<{ fileName: string; text: string }>()(
    z.object({ programmeId: idSchema, sessionIds: z.array(idSchema).max(5000).optional() }).strict(),
    'One or more sessions (default: all not cancelled) as an .ics calendar file.',
  ),
} as const
