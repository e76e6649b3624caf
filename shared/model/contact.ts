import { z } from 'zod'
import { idSchema, isoDateSchema, longText, programmeEntityBaseSchema } from './common'
import { contactOutcomes } from './vocabulary'

/** One knock on one door: what happened, when, and by whom. */
export const contactMomentSchema = programmeEntityBaseSchema.extend({
  addressId: idSchema,
  streetId: idSchema,
  date: isoDateSchema,
  outcome: z.enum(contactOutcomes, { error: 'is geen bekende uitkomst' }),
  teamMemberId: idSchema.optional(),
  sessionId: idSchema.optional(),
  note: longText(2000).default(''),
})
export type ContactMoment = z.infer<typeof contactMomentSchema>
