import { z } from 'zod'
import { longText, programmeEntityBaseSchema, requiredText, shortText } from './common'
import { partnerKinds } from './vocabulary'

/** Someone in the coach's team (coach, buurtwerker, vrijwilliger). */
export const teamMemberSchema = programmeEntityBaseSchema.extend({
  name: requiredText(120),
  role: shortText(80).default(''),
  email: shortText(200).default(''),
  phone: shortText(40).default(''),
})
export type TeamMember = z.infer<typeof teamMemberSchema>

/** A contact person at a partner organisation. */
export const contactPersonSchema = z.object({
  name: requiredText(120),
  role: shortText(80).default(''),
  email: shortText(200).default(''),
  phone: shortText(40).default(''),
})
export type ContactPerson = z.infer<typeof contactPersonSchema>

/** A partner organisation in the systeemwereld (gemeente, sociaal team, CJG, ...). */
export const partnerSchema = programmeEntityBaseSchema.extend({
  name: requiredText(160),
  kind: z.enum(partnerKinds, { error: 'is geen bekend soort partner' }),
  contacts: z.array(contactPersonSchema).max(50).default([]),
  notes: longText(4000).default(''),
})
export type Partner = z.infer<typeof partnerSchema>
