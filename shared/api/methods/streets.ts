import { z } from 'zod'
import { type SensitiveKind } from '../../domain/sensitive-text'
import { type StreetCoverage } from '../../domain/stats-types'
import {
  areaKinds,
  contactOutcomes,
  idSchema,
  isoDateSchema,
  longText,
  postcodeSchema,
  requiredText,
  shortText,
  type Address,
  type Area,
  type ContactMoment,
  type ContactOutcome,
  type Street,
} from '../../model'
import { method } from '../define-method'

/** A street in the overview, with its area and coverage. */
export interface StreetListItem {
  street: Street
  areaName?: string
  coverage: StreetCoverage
}

/** An address in a street list, with its latest door outcome. */
export interface AddressListItem {
  address: Address
  /** "12a", "12-2". */
  label: string
  latest?: { contactId: string; outcome: ContactOutcome; date: string }
  contactCount: number
  /** At least one conversation ("gesprek gehad") at this address. */
  reached: boolean
  /** The latest outcome is "niet meer benaderen": left out of walk lists and planning. */
  doNotContact: boolean
}

/** One row of a CSV preview, as the coach sees it. */
export interface CsvPreviewRow {
  line: number
  street: string
  houseNumber: string
  postcode: string
  place: string
  status: 'nieuw' | 'bestaand' | 'fout'
  message?: string
}

/** How many rows of a file a preview shows; the counts and the problems always cover the whole file. */
export const CSV_PREVIEW_ROWS = 200

/** The largest CSV file the import takes, in base64 characters (about 30 MB of file). */
export const MAX_CSV_BASE64_CHARS = 40_000_000

/**
 * What a CSV file would import: counts over the whole file, every problem by line number (the header
 * is line 1), and its first {@link CSV_PREVIEW_ROWS} rows to look at.
 */
export interface CsvPreview {
  /** The first rows of the file (good and bad), in file order. */
  rows: CsvPreviewRow[]
  /** All data rows in the file (good and bad). */
  totalRows: number
  /** Rows that would be imported. */
  valid: number
  /** Of the valid rows: addresses the programme does not have yet, and ones it already has. */
  newCount: number
  existingCount: number
  /** Every problem, by line; line 0 is a problem of the file as a whole (e.g. no text file). */
  errors: Array<{ line: number; message: string }>
  delimiter: string
  encoding: 'utf-8' | 'windows-1252'
  /** The columns recognised, e.g. { straat: 'Straatnaam', huisnummer: 'Huisnr' }. */
  columns: Record<string, string>
}

/** The outcome of an import. */
export interface CsvImportResult {
  imported: number
  matched: number
  rejected: number
  streetsCreated: number
}

/** A recorded contact moment, with warnings about sensitive numbers in its note. */
export interface ContactRecorded {
  contact: ContactMoment
  warnings: SensitiveKind[]
}

const csvInput = z
  .object({
    programmeId: idSchema,
    fileName: shortText(255),
    base64: z.string().max(MAX_CSV_BASE64_CHARS, { error: 'het bestand is te groot (hoogstens 30 MB)' }),
    mode: z.enum(['all-or-nothing', 'valid-rows']).default('all-or-nothing'),
  })
  .strict()

/** The form of a house number's addition: letters and digits only. */
export const ADDITION_PATTERN = /^[A-Za-z0-9]*$/
/** The form of a phone number: digits, spaces, +, - and brackets. */
export const PHONE_PATTERN = /^[+0-9 ()-]*$/

const houseNumberSchema = z
  .number({ error: 'moet een getal zijn' })
  .int({ error: 'moet een heel getal zijn' })
  .min(1, { error: 'moet 1 of hoger zijn' })
  .max(99_999, { error: 'is te groot' })

const additionSchema = z
  .string()
  .trim()
  .max(6, { error: 'mag hoogstens 6 tekens zijn' })
  .regex(ADDITION_PATTERN, { error: 'mag alleen letters en cijfers bevatten (zoals a of 2)' })

const phoneSchema = z.string().trim().max(40).regex(PHONE_PATTERN, { error: 'is geen telefoonnummer' })

/** Areas, streets, addresses, CSV import, door outcomes and coverage. */
export const streetMethods = {
  'area.list': method<Area[]>()(
    z.object({ programmeId: idSchema }).strict(),
    'Areas (kernen, wijken, buurten) of a programme.',
  ),
  'area.create': method<Area>()(
    z
      .object({ programmeId: idSchema, name: requiredText(120), kind: z.enum(areaKinds).default('kern') })
      .strict(),
    'Add an area.',
  ),
  'area.update': method<Area>()(
    z
      .object({ areaId: idSchema, name: requiredText(120).optional(), kind: z.enum(areaKinds).optional() })
      .strict(),
    'Rename an area or change its kind.',
  ),
  'area.delete': method<{ deleted: true }>()(
    z.object({ areaId: idSchema }).strict(),
    'Move an area to the bin; its streets stay.',
  ),
  'area.restore': method<Area>()(
    z.object({ areaId: idSchema }).strict(),
    'Take an area back out of the bin; its streets show it again.',
  ),

  'street.list': method<StreetListItem[]>()(
    z.object({ programmeId: idSchema }).strict(),
    'Streets with coverage, by name.',
  ),
  'street.get': method<StreetListItem>()(
    z.object({ streetId: idSchema }).strict(),
    'One street with its coverage.',
  ),
  'street.create': method<Street>()(
    z
      .object({
        programmeId: idSchema,
        name: requiredText(120),
        place: shortText(80).default(''),
        areaId: idSchema.optional(),
        notes: longText(4000).default(''),
      })
      .strict(),
    'Add a street.',
  ),
  'street.update': method<Street>()(
    z
      .object({
        streetId: idSchema,
        name: requiredText(120).optional(),
        place: shortText(80).optional(),
        areaId: idSchema.nullable().optional(),
        notes: longText(4000).optional(),
      })
      .strict(),
    'Change a street; only the given fields change (areaId null removes the area).',
  ),
  'street.delete': method<{ deleted: true }>()(
    z.object({ streetId: idSchema }).strict(),
    'Move a street (and so its addresses) to the bin.',
  ),
  'street.restore': method<Street>()(
    z.object({ streetId: idSchema }).strict(),
    'Take a street back out of the bin.',
  ),

  'address.list': method<AddressListItem[]>()(
    z
      .object({
        streetId: idSchema,
        order: z.enum(['natuurlijk', 'looproute']).default('natuurlijk'),
        includeDoNotContact: z.boolean().default(true),
      })
      .strict(),
    'Addresses of a street with their latest outcome, in natural or walking order.',
  ),
  'address.create': method<Address>()(
    z
      .object({
        streetId: idSchema,
        houseNumber: houseNumberSchema,
        addition: additionSchema.default(''),
        postcode: postcodeSchema.default(''),
        householdNote: longText(2000).default(''),
      })
      .strict(),
    'Add one address; refused when it already exists in the street.',
  ),
  'address.addRange': method<{ created: number; skipped: number }>()(
    z
      .object({
        streetId: idSchema,
        from: houseNumberSchema,
        to: houseNumberSchema,
        parity: z.enum(['all', 'odd', 'even']).default('all'),
        postcode: postcodeSchema.default(''),
      })
      .strict()
      .refine((range) => Math.abs(range.to - range.from) < 2000, {
        error: 'een reeks mag hoogstens 2000 nummers beslaan',
        path: ['to'],
        params: { rule: 'rangeTooWide' },
      }),
    'Add a range of house numbers (e.g. 1–49, odd only); existing numbers are skipped.',
  ),
  'address.update': method<Address>()(
    z
      .object({
        addressId: idSchema,
        houseNumber: houseNumberSchema.optional(),
        addition: additionSchema.optional(),
        postcode: postcodeSchema.optional(),
        householdNote: longText(2000).optional(),
        residentName: shortText(120).optional(),
        phone: phoneSchema.optional(),
        consentToContact: z.boolean().optional(),
      })
      .strict(),
    'Change an address; only the given fields change.',
  ),
  'address.delete': method<{ deleted: true }>()(
    z.object({ addressId: idSchema }).strict(),
    'Move an address to the bin.',
  ),
  'address.restore': method<Address>()(
    z.object({ addressId: idSchema }).strict(),
    'Take an address back out of the bin.',
  ),
  'address.previewCsv': method<CsvPreview>()(
    csvInput,
    'Read a CSV of addresses and show what would be imported.',
  ),
  'address.importCsv': method<CsvImportResult>()(
    csvInput,
    "Import a CSV of addresses: all rows or none ('all-or-nothing'), or only the valid rows.",
  ),

  'contact.record': method<ContactRecorded>()(
    z
      .object({
        addressId: idSchema,
        outcome: z.enum(contactOutcomes, { error: 'is geen bekende uitkomst' }),
        date: isoDateSchema.optional(),
        sessionId: idSchema.optional(),
        teamMemberId: idSchema.optional(),
        note: longText(2000).default(''),
        residentName: shortText(120).optional(),
        phone: phoneSchema.optional(),
        consentToContact: z.boolean().optional(),
      })
      .strict()
      .refine((input) => !input.phone || input.consentToContact === true, {
        error: 'bewaar een telefoonnummer alleen met toestemming van de bewoner',
        path: ['phone'],
        params: { rule: 'phoneNeedsConsent' },
      }),
    'Record a door outcome for an address (date defaults to today).',
  ),
  'contact.list': method<ContactMoment[]>()(
    z.object({ addressId: idSchema }).strict(),
    'The door history of an address, newest first.',
  ),
  'contact.delete': method<{ deleted: true }>()(
    z.object({ contactId: idSchema }).strict(),
    'Undo a recorded door outcome.',
  ),

  'stats.street': method<StreetCoverage>()(
    z.object({ streetId: idSchema }).strict(),
    'Coverage of one street.',
  ),
} as const
