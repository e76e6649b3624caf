import { z } from 'zod'
import { idSchema, longText, programmeEntityBaseSchema, requiredText, shortText } from './common'
import { areaKinds } from './vocabulary'

/** Dutch postcode, stored normalised as "1234 AB"; empty when unknown. */
export const postcodeSchema = z
  .string()
  .trim()
  .transform((value) => value.toUpperCase().replace(/\s+/g, ''))
  .refine((value) => value === '' || /^[1-9]\d{3}[A-Z]{2}$/.test(value), {
    error: 'is geen geldige postcode (1234 AB)',
    params: { rule: 'postcode' },
  })
  .transform((value) => (value === '' ? '' : `${value.slice(0, 4)} ${value.slice(4)}`))

/** A kern, wijk or buurt: optional grouping of streets. */
export const areaSchema = programmeEntityBaseSchema.extend({
  name: requiredText(120),
  kind: z.enum(areaKinds).default('kern'),
})
export type Area = z.infer<typeof areaSchema>

/** A street the programme works in. */
export const streetSchema = programmeEntityBaseSchema.extend({
  name: requiredText(120),
  place: shortText(80).default(''),
  areaId: idSchema.optional(),
  notes: longText(4000).default(''),
})
export type Street = z.infer<typeof streetSchema>

/**
 * One address (one front door). Resident name and phone are optional and only kept with consent;
 * reports leave them out unless the coach ticks it for one report.
 */
export const addressSchema = programmeEntityBaseSchema.extend({
  streetId: idSchema,
  houseNumber: z.number().int().min(0).max(99_999),
  addition: shortText(10).default(''),
  postcode: postcodeSchema.default(''),
  householdNote: longText(2000).default(''),
  residentName: shortText(120).default(''),
  phone: shortText(40).default(''),
  consentToContact: z.boolean().default(false),
})
export type Address = z.infer<typeof addressSchema>
