import { z } from 'zod'
import {
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  longText,
  programmeEntityBaseSchema,
  requiredText,
  shortText,
} from './common'
import { feedbackChannels, ideaNeeds, ideaScopes, ideaStatuses, ingredients } from './vocabulary'

/**
 * One step in an idea's life: a status change, a partner's answer, feedback to residents or a note,
 * with who and when. `date` is the day it happened as the coach gave it; `at` is the moment it was
 * recorded in the app. Reports and the timeline show `date`.
 */
export const ideaHistoryEntrySchema = z.object({
  at: isoDateTimeSchema,
  date: isoDateSchema,
  status: z.enum(ideaStatuses),
  by: shortText(120).default(''),
  note: longText(4000).default(''),
  reason: longText(4000).optional(),
})
export type IdeaHistoryEntry = z.infer<typeof ideaHistoryEntrySchema>

/** A resident who brought the idea in; pseudonymous by default ("bewoner Dorpsstraat"). */
export const ideaInitiatorSchema = z.object({
  pseudonym: requiredText(120),
  name: shortText(120).default(''),
  addressId: idSchema.optional(),
})
export type IdeaInitiator = z.infer<typeof ideaInitiatorSchema>

/** A partner that owns (part of) the idea since it was brought in, and what was asked of them. */
export const ideaOwnerSchema = z.object({
  partnerId: idSchema,
  since: isoDateSchema,
  ask: longText(4000).default(''),
  answeredAt: isoDateSchema.optional(),
  /** What the partner answered, in the coach's words (free text: reports redact it). */
  answer: longText(4000).optional(),
})
export type IdeaOwner = z.infer<typeof ideaOwnerSchema>

/** Closing the loop: when and how residents heard what happened with their idea. */
export const ideaFeedbackSchema = z.object({
  date: isoDateSchema,
  channel: z.enum(feedbackChannels),
  note: longText(4000).default(''),
  statusAtFeedback: z.enum(ideaStatuses),
})
export type IdeaFeedback = z.infer<typeof ideaFeedbackSchema>

/** A resident's idea, followed from collection to realisation. */
export const ideaSchema = programmeEntityBaseSchema.extend({
  title: requiredText(200),
  description: longText(10_000).default(''),
  streetId: idSchema.optional(),
  addressId: idSchema.optional(),
  themes: z.array(z.string().min(1).max(60)).max(20).default([]),
  ingredients: z.array(z.enum(ingredients)).max(ingredients.length).default([]),
  scope: z.enum(ideaScopes).default('collectief'),
  initiators: z.array(ideaInitiatorSchema).max(100).default([]),
  supporters: z.number().int().min(0).max(1_000_000).default(0),
  needs: z.array(z.enum(ideaNeeds)).max(ideaNeeds.length).default([]),
  sessionId: idSchema.optional(),
  collectedOn: isoDateSchema,
  status: z.enum(ideaStatuses),
  history: z.array(ideaHistoryEntrySchema).max(10_000),
  owners: z.array(ideaOwnerSchema).max(50).default([]),
  mergedIntoId: idSchema.optional(),
  feedback: z.array(ideaFeedbackSchema).max(1000).default([]),
  highlighted: z.boolean().default(false),
  /** Once realised: what changed for residents, in the coach's words (the gemeente report quotes it). */
  whatChanged: longText(4000).default(''),
})
export type Idea = z.infer<typeof ideaSchema>
