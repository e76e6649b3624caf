import { z } from 'zod'
import {
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  longText,
  programmeEntityBaseSchema,
  requiredText,
} from './common'

/** A follow-up (vervolgstap) with an owner and a due date, linked to an idea or a session. */
export const actionSchema = programmeEntityBaseSchema.extend({
  title: requiredText(200),
  notes: longText(4000).default(''),
  ownerTeamMemberId: idSchema.optional(),
  ownerPartnerId: idSchema.optional(),
  due: isoDateSchema.optional(),
  done: z.boolean().default(false),
  /** When it was ticked off in the app. */
  doneAt: isoDateTimeSchema.optional(),
  /** The day it was done, as the coach gave it (default the day it was ticked off); reports count this day. */
  doneOn: isoDateSchema.optional(),
  ideaId: idSchema.optional(),
  sessionId: idSchema.optional(),
})
export type Action = z.infer<typeof actionSchema>
