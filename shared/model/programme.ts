import { z } from 'zod'
import { entityBaseSchema, isoDateSchema, longText, requiredText } from './common'

/** A target as a whole number; 0 means "no target set". */
const goalNumber = () =>
  z
    .number({ error: 'moet een getal zijn' })
    .int({ error: 'moet een heel getal zijn' })
    .min(0, { error: 'mag niet negatief zijn' })
    .max(1_000_000)

/**
 * Targets the programme agreed with the gemeente; 0 means "no target set". The goals for active
 * residents and connections are optional: programmes from before they existed simply have none.
 */
export const programmeGoalsSchema = z.object({
  addresses: z
    .number({ error: 'moet een getal zijn' })
    .int({ error: 'moet een heel getal zijn' })
    .min(0, { error: 'mag niet negatief zijn' })
    .max(1_000_000),
  conversations: z
    .number({ error: 'moet een getal zijn' })
    .int({ error: 'moet een heel getal zijn' })
    .min(0, { error: 'mag niet negatief zijn' })
    .max(1_000_000),
  ideas: z
    .number({ error: 'moet een getal zijn' })
    .int({ error: 'moet een heel getal zijn' })
    .min(0, { error: 'mag niet negatief zijn' })
    .max(1_000_000),
  ideasRealised: z
    .number({ error: 'moet een getal zijn' })
    .int({ error: 'moet een heel getal zijn' })
    .min(0, { error: 'mag niet negatief zijn' })
    .max(1_000_000),
  /** Distinct residents with an active role (bewoners aan zet). */
  activeResidents: goalNumber().optional(),
  /** Connections between neighbours made. */
  connections: goalNumber().optional(),
})
export type ProgrammeGoals = z.infer<typeof programmeGoalsSchema>

/** The programme's running time; the end is open while the programme has no fixed end date. */
export const programmePeriodSchema = z
  .object({ start: isoDateSchema, end: isoDateSchema.optional() })
  .refine((p) => !p.end || p.end >= p.start, {
    error: 'de einddatum ligt voor de begindatum',
    path: ['end'],
    params: { rule: 'endBeforeStart' },
  })
export type ProgrammePeriod = z.infer<typeof programmePeriodSchema>

/** The form of a theme's code: lower-case letters, digits and hyphens. */
export const THEME_CODE_PATTERN = /^[a-z0-9-]+$/

/** A theme ideas are grouped by. Default themes have fixed codes; the coach can add and rename. */
export const themeSchema = z.object({
  code: z.string().min(1).max(60).regex(THEME_CODE_PATTERN),
  label: requiredText(80),
  archived: z.boolean().default(false),
})
export type Theme = z.infer<typeof themeSchema>

/** A neighbourhood programme, e.g. "Oldebroek Voor Mekaar — Krachtstroom". */
export const programmeSchema = entityBaseSchema.extend({
  name: requiredText(120),
  gemeente: requiredText(80),
  description: longText(4000).default(''),
  period: programmePeriodSchema,
  goals: programmeGoalsSchema,
  themes: z.array(themeSchema).max(100),
  /** True for the generated demo programme, so screens can label it and the coach can remove it. */
  isDemo: z.boolean().default(false),
})
export type Programme = z.infer<typeof programmeSchema>

/** What the coach fills in to start a programme. */
export const programmeDraftSchema = z.object({
  name: requiredText(120),
  gemeente: requiredText(80),
  description: longText(4000).default(''),
  period: programmePeriodSchema,
  goals: programmeGoalsSchema.default({ addresses: 0, conversations: 0, ideas: 0, ideasRealised: 0 }),
})
export type ProgrammeDraft = z.input<typeof programmeDraftSchema>

/** Shortened description used in lists and the programme switcher. */
export const programmeSummaryFields = ['id', 'name', 'gemeente', 'period'] as const
export type ProgrammeSummary = Pick<Programme, (typeof programmeSummaryFields)[number]> & { isDemo: boolean }
