import { z } from 'zod'
import {
  contactPersonSchema,
  feedbackChannels,
  idSchema,
  ideaNeeds,
  ideaScopes,
  ideaStatuses,
  ingredients,
  isoDateSchema,
  longText,
  partnerKinds,
  requiredText,
  shortText,
  type Action,
  type Idea,
  type IdeaStatus,
  type Partner,
  type TeamMember,
} from '../../model'
import { method } from '../define-method'

/** An owner partner of an idea with the partner's name and how long it has waited for an answer. */
export interface IdeaOwnerView {
  partnerId: string
  partnerName: string
  since: string
  ask: string
  answeredAt?: string
  /** What the partner answered, when the coach wrote it down. */
  answer?: string
  /** Days from `since` to the answer, or to today while there is none. */
  waitingDays: number
}

/** The open follow-up step of an idea that is due first (one without a date comes last). */
export interface IdeaNextActionView {
  actionId: string
  title: string
  due?: string
  /** The team member or partner who does it. */
  ownerName?: string
}

/** An idea as lists and boards show it. */
export interface IdeaListItem {
  idea: Idea
  streetName?: string
  owners: IdeaOwnerView[]
  /** The status changed after the residents last heard about it (or they never did). */
  feedbackDue: boolean
  openActions: number
  nextAction?: IdeaNextActionView
}

/** Everything the idea page shows. */
export interface IdeaDetail extends IdeaListItem {
  addressLabel?: string
  sessionTitle?: string
  mergedInto?: { id: string; title: string }
  mergedFrom: Array<{ id: string; title: string }>
  actions: Action[]
}

/** A partner with the ideas it owns. */
export interface PartnerListItem {
  partner: Partner
  ideas: Array<{
    ideaId: string
    title: string
    status: IdeaStatus
    since: string
    ask: string
    answeredAt?: string
    answer?: string
    waitingDays: number
  }>
  openActions: number
}

/** A follow-up with the names of what it belongs to. */
export interface ActionListItem {
  action: Action
  ownerName?: string
  ideaTitle?: string
  sessionTitle?: string
  overdue: boolean
}

/** A file made by the app: its name and bytes as base64. */
export interface ExportedFile {
  fileName: string
  base64: string
}

const initiatorInput = z
  .object({ pseudonym: requiredText(120), name: shortText(120).default(''), addressId: idSchema.optional() })
  .strict()

const ideaFields = {
  title: requiredText(200),
  description: longText(10_000),
  streetId: idSchema.nullable(),
  addressId: idSchema.nullable(),
  themes: z.array(z.string().min(1).max(60)).max(20),
  ingredients: z.array(z.enum(ingredients)).max(ingredients.length),
  scope: z.enum(ideaScopes),
  initiators: z.array(initiatorInput).max(100),
  supporters: z.number().int().min(0).max(1_000_000),
  needs: z.array(z.enum(ideaNeeds)).max(ideaNeeds.length),
  sessionId: idSchema.nullable(),
  collectedOn: isoDateSchema,
  whatChanged: longText(4000),
}

/** Filters of the idea table (and of its export). */
export const ideaFilterSchema = z
  .object({
    search: shortText(200).optional(),
    themes: z.array(z.string().max(60)).max(50).optional(),
    streetIds: z.array(idSchema).max(2000).optional(),
    statuses: z.array(z.enum(ideaStatuses)).max(ideaStatuses.length).optional(),
    partnerIds: z.array(idSchema).max(500).optional(),
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
  })
  .strict()
export type IdeaFilter = z.infer<typeof ideaFilterSchema>

const partnerFields = {
  name: requiredText(160),
  kind: z.enum(partnerKinds, { error: 'is geen bekend soort partner' }),
  contacts: z.array(contactPersonSchema).max(50),
  notes: longText(4000),
}

const teamFields = {
  name: requiredText(120),
  role: shortText(80),
  email: shortText(200),
  phone: shortText(40),
}

const actionFields = {
  title: requiredText(200),
  notes: longText(4000),
  ownerTeamMemberId: idSchema.nullable(),
  ownerPartnerId: idSchema.nullable(),
  due: isoDateSchema.nullable(),
  ideaId: idSchema.nullable(),
  sessionId: idSchema.nullable(),
}

/** Ideas, their lifecycle, partners, team members and follow-up actions. */
export const ideaMethods = {
  'idea.list': method<IdeaListItem[]>()(
    z.object({ programmeId: idSchema }).extend(ideaFilterSchema.shape).strict(),
    'Ideas of a programme, filtered; newest first.',
  ),
  'idea.get': method<IdeaDetail>()(
    z.object({ ideaId: idSchema }).strict(),
    'One idea with its timeline, owners and actions.',
  ),
  'idea.create': method<Idea>()(
    z
      .object({
        programmeId: idSchema,
        title: ideaFields.title,
        description: ideaFields.description.default(''),
        streetId: idSchema.optional(),
        addressId: idSchema.optional(),
        themes: ideaFields.themes.default([]),
        ingredients: ideaFields.ingredients.default([]),
        scope: ideaFields.scope.default('collectief'),
        initiators: ideaFields.initiators.default([]),
        supporters: ideaFields.supporters.default(0),
        needs: ideaFields.needs.default([]),
        sessionId: idSchema.optional(),
        collectedOn: isoDateSchema.optional(),
      })
      .strict(),
    'Capture an idea (status opgehaald).',
  ),
  'idea.update': method<Idea>()(
    z
      .object({
        ideaId: idSchema,
        title: ideaFields.title.optional(),
        description: ideaFields.description.optional(),
        streetId: ideaFields.streetId.optional(),
        addressId: ideaFields.addressId.optional(),
        themes: ideaFields.themes.optional(),
        ingredients: ideaFields.ingredients.optional(),
        scope: ideaFields.scope.optional(),
        initiators: ideaFields.initiators.optional(),
        supporters: ideaFields.supporters.optional(),
        needs: ideaFields.needs.optional(),
        sessionId: ideaFields.sessionId.optional(),
        collectedOn: ideaFields.collectedOn.optional(),
        highlighted: z.boolean().optional(),
        whatChanged: ideaFields.whatChanged.optional(),
      })
      .strict(),
    'Change an idea; only the given fields change (null clears a link).',
  ),
  'idea.setStatus': method<Idea>()(
    z
      .object({
        ideaId: idSchema,
        status: z.enum(ideaStatuses, { error: 'is geen bekende status' }),
        note: longText(4000).default(''),
        reason: longText(4000).optional(),
        /** With status `ingebracht`: the partners it is brought to, and what is asked of them. */
        partnerIds: z.array(idSchema).max(50).optional(),
        ask: longText(4000).optional(),
        /** The day it happened, as the coach gives it; default today. */
        date: isoDateSchema.optional(),
        /** With status `gerealiseerd`: what changed for residents. */
        whatChanged: ideaFields.whatChanged.optional(),
      })
      .strict(),
    'Move an idea to another status (on a given day); refused when the lifecycle does not allow it.',
  ),
  'idea.merge': method<Idea>()(
    z
      .object({ ideaId: idSchema, intoIdeaId: idSchema, note: longText(4000).default('') })
      .strict()
      .refine((input) => input.ideaId !== input.intoIdeaId, {
        error: 'een idee kan niet met zichzelf worden samengevoegd',
        path: ['intoIdeaId'],
        params: { rule: 'mergeIntoItself' },
      }),
    'Merge a duplicate idea into another, keeping both histories and supporters.',
  ),
  'idea.recordPartnerAnswer': method<Idea>()(
    z
      .object({
        ideaId: idSchema,
        partnerId: idSchema,
        date: isoDateSchema.optional(),
        note: longText(4000).default(''),
      })
      .strict(),
    'Record that an owner partner answered (on a date, with what they said), which stops its waiting time.',
  ),
  'idea.undoLastStep': method<Idea>()(
    z.object({ ideaId: idSchema }).strict(),
    'Take back the last status change or answer of an idea, shortly after it was recorded.',
  ),
  'idea.addFeedback': method<Idea>()(
    z
      .object({
        ideaId: idSchema,
        channel: z.enum(feedbackChannels),
        date: isoDateSchema.optional(),
        note: longText(4000).default(''),
      })
      .strict(),
    'Record that the residents were told what happened with their idea.',
  ),
  'idea.export': method<ExportedFile>()(
    z
      .object({ programmeId: idSchema, format: z.enum(['xlsx', 'csv']) })
      .extend(ideaFilterSchema.shape)
      .strict(),
    'The (filtered) idea list as an Excel or CSV file.',
  ),

  'partner.list': method<PartnerListItem[]>()(
    z.object({ programmeId: idSchema }).strict(),
    'Partners with the ideas they own.',
  ),
  'partner.create': method<Partner>()(
    z
      .object({
        programmeId: idSchema,
        name: partnerFields.name,
        kind: partnerFields.kind,
        contacts: partnerFields.contacts.default([]),
        notes: partnerFields.notes.default(''),
      })
      .strict(),
    'Add a partner organisation.',
  ),
  'partner.update': method<Partner>()(
    z
      .object({
        partnerId: idSchema,
        name: partnerFields.name.optional(),
        kind: partnerFields.kind.optional(),
        contacts: partnerFields.contacts.optional(),
        notes: partnerFields.notes.optional(),
      })
      .strict(),
    'Change a partner; only the given fields change.',
  ),

  'team.list': method<TeamMember[]>()(
    z.object({ programmeId: idSchema }).strict(),
    'Team members of a programme.',
  ),
  'team.create': method<TeamMember>()(
    z
      .object({
        programmeId: idSchema,
        name: teamFields.name,
        role: teamFields.role.default(''),
        email: teamFields.email.default(''),
        phone: teamFields.phone.default(''),
      })
      .strict(),
    'Add a team member.',
  ),
  'team.update': method<TeamMember>()(
    z
      .object({
        teamMemberId: idSchema,
        name: teamFields.name.optional(),
        role: teamFields.role.optional(),
        email: teamFields.email.optional(),
        phone: teamFields.phone.optional(),
      })
      .strict(),
    'Change a team member.',
  ),

  'action.list': method<ActionListItem[]>()(
    z
      .object({
        programmeId: idSchema,
        ideaId: idSchema.optional(),
        sessionId: idSchema.optional(),
        openOnly: z.boolean().default(false),
      })
      .strict(),
    'Follow-up actions, overdue first, then by due date.',
  ),
  'action.create': method<Action>()(
    z
      .object({
        programmeId: idSchema,
        title: actionFields.title,
        notes: actionFields.notes.default(''),
        ownerTeamMemberId: idSchema.optional(),
        ownerPartnerId: idSchema.optional(),
        due: isoDateSchema.optional(),
        ideaId: idSchema.optional(),
        sessionId: idSchema.optional(),
      })
      .strict(),
    'Add a follow-up action.',
  ),
  'action.update': method<Action>()(
    z
      .object({
        actionId: idSchema,
        title: actionFields.title.optional(),
        notes: actionFields.notes.optional(),
        ownerTeamMemberId: actionFields.ownerTeamMemberId.optional(),
        ownerPartnerId: actionFields.ownerPartnerId.optional(),
        due: actionFields.due.optional(),
        ideaId: actionFields.ideaId.optional(),
        sessionId: actionFields.sessionId.optional(),
        done: z.boolean().optional(),
        /** The day it was done, as the coach gives it; default today when it is marked done. */
        doneOn: isoDateSchema.optional(),
      })
      .strict(),
    'Change an action or mark it done (on a given day); only the given fields change (null clears).',
  ),
} as const
