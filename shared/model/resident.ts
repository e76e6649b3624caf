import { z } from 'zod'
import { idSchema, isoDateSchema, programmeEntityBaseSchema, requiredText, shortText } from './common'
import { residentRoles } from './resident-vocabulary'

/**
 * One role of a resident: on an idea (initiatiefnemer, trekker, meedenker, helper) or, for a
 * buurtcontact, possibly in the street without an idea. The role runs from `start` until `end`.
 */
export const residentRoleSchema = z
  .object({
    id: idSchema,
    role: z.enum(residentRoles, { error: 'is geen bekende rol' }),
    ideaId: idSchema.optional(),
    start: isoDateSchema,
    end: isoDateSchema.optional(),
  })
  .refine((role) => role.end === undefined || role.end >= role.start, {
    params: { rule: 'endBeforeStart' },
    path: ['end'],
  })
  .refine((role) => role.ideaId !== undefined || role.role === 'buurtcontact', {
    params: { rule: 'roleNeedsIdea' },
    path: ['ideaId'],
  })
export type ResidentRoleEntry = z.infer<typeof residentRoleSchema>

/**
 * An active resident (bewoner aan zet): linked to an address, known by a pseudonym ("Bewoner
 * Brinkakkerweg") and by name only with consent to be named. After an erasure the address link is
 * gone and only the street remains.
 */
export const residentSchema = programmeEntityBaseSchema
  .extend({
    streetId: idSchema,
    addressId: idSchema.optional(),
    pseudonym: requiredText(120),
    name: shortText(120).default(''),
    consentToBeNamed: z.boolean().default(false),
    roles: z.array(residentRoleSchema).max(200).default([]),
  })
  .refine((resident) => resident.name === '' || resident.consentToBeNamed, {
    params: { rule: 'nameNeedsConsent' },
    path: ['name'],
  })
export type Resident = z.infer<typeof residentSchema>
