import { z } from 'zod'
import {
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  longText,
  programmeEntityBaseSchema,
  requiredText,
  shortText,
  timeSchema,
} from './common'
import { sessionStatuses, sessionTypes } from './vocabulary'

/** What the coach records after a session (verslag). */
export const sessionReportSchema = z.object({
  attendees: z.number().int().min(0).max(100_000).default(0),
  attendingPartnerIds: z.array(idSchema).max(200).default([]),
  notes: longText(20_000).default(''),
  completedAt: isoDateTimeSchema.optional(),
})
export type SessionReport = z.infer<typeof sessionReportSchema>

/** A street session or meeting, planned ahead and recorded afterwards. Times are local Dutch time. */
export const sessionSchema = programmeEntityBaseSchema.extend({
  type: z.enum(sessionTypes, { error: 'is geen bekend soort sessie' }),
  title: requiredText(160),
  date: isoDateSchema,
  startTime: timeSchema,
  endTime: timeSchema,
  location: shortText(200).default(''),
  streetIds: z.array(idSchema).max(1000).default([]),
  teamMemberIds: z.array(idSchema).max(200).default([]),
  invitedPartnerIds: z.array(idSchema).max(200).default([]),
  goal: longText(4000).default(''),
  status: z.enum(sessionStatuses).default('gepland'),
  report: sessionReportSchema.optional(),
  /**
   * Goes up by one with every change, so a calendar that imported the session takes the new version
   * (the SEQUENCE of its calendar event). Files from before it read as 0.
   */
  revision: z.number().int().min(0).default(0),
})
export type Session = z.infer<typeof sessionSchema>
