import { z } from 'zod'

/** A random UUID (v4) identifying any stored entity. */
export const idSchema = z.uuid({ error: 'is geen geldige id' })
export type Id = z.infer<typeof idSchema>

/** A moment in time as an ISO 8601 string with time zone, e.g. `2026-11-28T09:30:00.000Z`. */
export const isoDateTimeSchema = z.iso.datetime({ offset: true, error: 'is geen geldig tijdstip' })

/** The form of a calendar date: `yyyy-MM-dd`. */
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/
/** The form of a clock time: `HH:mm`, 00:00 to 23:59. */
export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/

/** A calendar date as `yyyy-MM-dd` that really exists (no 31 februari). */
export const isoDateSchema = z
  .string({ error: 'is geen datum' })
  .regex(DATE_PATTERN, { error: 'moet een datum zijn als 2026-03-01', abort: true })
  .refine(isRealDate, { error: 'is geen bestaande datum', params: { rule: 'realDate' } })

/** A local (Dutch) clock time as `HH:mm`. */
export const timeSchema = z
  .string({ error: 'is geen tijd' })
  .regex(TIME_PATTERN, { error: 'moet een tijd zijn als 19:30' })

/** Checks that a `yyyy-MM-dd` string names a day that exists in the calendar. */
export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** Short text typed by the coach: trimmed, with a maximum length. */
export const shortText = (max = 200) =>
  z
    .string({ error: 'moet tekst zijn' })
    .trim()
    .max(max, { error: `mag hoogstens ${max} tekens zijn` })

/** Required short text: trimmed and not empty. */
export const requiredText = (max = 200) => shortText(max).min(1, { error: 'is verplicht' })

/** Longer free text (notes, descriptions, residents' own words). */
export const longText = (max = 10_000) =>
  z.string({ error: 'moet tekst zijn' }).max(max, { error: `mag hoogstens ${max} tekens zijn` })

/** Fields every stored entity has. `deletedAt` marks a soft delete (the bin). */
export const entityBaseSchema = z.object({
  id: idSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  deletedAt: isoDateTimeSchema.optional(),
})
export type EntityBase = z.infer<typeof entityBaseSchema>

/** Fields of every entity that belongs to one programme. */
export const programmeEntityBaseSchema = entityBaseSchema.extend({ programmeId: idSchema })
