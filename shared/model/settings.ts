import { z } from 'zod'
import { idSchema, isoDateTimeSchema, shortText, timeSchema } from './common'
import { isLogoImage } from '../domain/logo-image'
import { languages, reportKinds, sessionTypes } from './vocabulary'

/** The form of an accent colour: `#rrggbb`. */
export const COLOUR_PATTERN = /^#[0-9a-fA-F]{6}$/

/** Accent colour as #rrggbb. */
export const hexColourSchema = z.string().regex(COLOUR_PATTERN, { error: 'moet een kleur zijn als #1b6b5f' })

/** The largest report logo, in base64 characters (about 1.5 MB of image). */
export const MAX_LOGO_BASE64_CHARS = 2_000_000

/** The times the coach last chose for a kind of session; a new one of that kind starts with them. */
export const sessionTimesSchema = z
  .object({ startTime: timeSchema, endTime: timeSchema })
  .strict()
  .refine((value) => value.endTime > value.startTime, {
    path: ['endTime'],
    error: 'moet na de begintijd liggen',
    params: { rule: 'endTimeNotAfterStart' },
  })

/** Remembered session times per kind of session. */
export const sessionTimesByTypeSchema = z.partialRecord(z.enum(sessionTypes), sessionTimesSchema)

/** App-wide settings: language, house style for reports, the programme last opened. */
export const settingsSchema = z.object({
  language: z.enum(languages).default('nl'),
  activeProgrammeId: idSchema.optional(),
  organisationName: shortText(160).default(''),
  authorName: shortText(120).default(''),
  accentColour: hexColourSchema.default('#1b6b5f'),
  /** PNG or JPEG logo as base64, shown on report covers. */
  logoBase64: z.string().max(MAX_LOGO_BASE64_CHARS).optional(),
  backupsToKeep: z.number().int().min(1).max(365).default(14),
  /** After this many months without contact, door notes and residents' names are flagged for removal (AVG). */
  retentionMonths: z.number().int().min(1).max(120).default(24),
  /** Signals are special personal data: months after their follow-up closed before their personal parts are flagged for removal. */
  signalRetentionMonths: z.number().int().min(1).max(120).default(6),
  sessionTimes: sessionTimesByTypeSchema.default({}),
})
export type Settings = z.infer<typeof settingsSchema>

/**
 * Fields the coach may change through `settings.update`. Written out without defaults on purpose:
 * `settingsSchema.partial()` would fill in defaults and so reset fields the coach did not send.
 */
export const settingsPatchSchema = z
  .object({
    language: z.enum(languages),
    activeProgrammeId: idSchema,
    organisationName: shortText(160),
    authorName: shortText(120),
    accentColour: hexColourSchema,
    // A whole PNG or JPEG (never an SVG, which can carry scripts); an empty text removes the logo.
    logoBase64: z
      .string()
      .max(MAX_LOGO_BASE64_CHARS)
      .refine((value) => value === '' || isLogoImage(value), {
        error: 'is geen PNG- of JPEG-afbeelding die te openen is',
        params: { rule: 'logoImage' },
      }),
    backupsToKeep: z.number().int().min(1).max(365),
    retentionMonths: z.number().int().min(1).max(120),
    signalRetentionMonths: z.number().int().min(1).max(120),
    /** Replaces the whole map; the app sends the remembered times with the one kind changed. */
    sessionTimes: sessionTimesByTypeSchema,
  })
  .partial()
  .strict()
export type SettingsPatch = z.infer<typeof settingsPatchSchema>

/** A generated report, remembered so the coach can see what went to whom (never the content). */
export const reportHistoryEntrySchema = z.object({
  id: idSchema,
  programmeId: idSchema,
  kind: z.enum(reportKinds),
  generatedAt: isoDateTimeSchema,
  language: z.enum(languages),
  includeNames: z.boolean(),
  subject: shortText(200).default(''),
  fileName: shortText(255),
})
export type ReportHistoryEntry = z.infer<typeof reportHistoryEntrySchema>

/** What the audit log records: exports, reports with names, erasures — what and when, never the content. */
export const auditKinds = [
  'export',
  'rapport-met-namen',
  'wissen',
  'inzageverzoek',
  'back-up-export',
  'bewaartermijn',
] as const
export type AuditKind = (typeof auditKinds)[number]

/** One line of the audit log. `subject` says what it was about without personal data. */
export const auditEntrySchema = z.object({
  id: idSchema,
  at: isoDateTimeSchema,
  kind: z.enum(auditKinds),
  programmeId: idSchema.optional(),
  subject: shortText(300),
})
export type AuditEntry = z.infer<typeof auditEntrySchema>
