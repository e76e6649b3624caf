import { z } from 'zod'
import { type SensitiveKind } from '../../domain/sensitive-text'
import { type ResidentsFigures } from '../../domain/residents-figures-types'
import {
  connectionKinds,
  consentChannels,
  idSchema,
  isoDateSchema,
  longText,
  requiredText,
  residentRoles,
  shortText,
  signalCategories,
  signalConsentIssues,
  signalConsents,
  signalRoutes,
  signalStatuses,
  type Connection,
  type ConnectionCheck,
  type PartnerKind,
  type Resident,
  type ResidentRoleEntry,
  type Signal,
  type SignalHandover,
} from '../../model'
import { method } from '../define-method'

/** One role of a resident, with the idea's title and whether it runs today. */
export interface ResidentRoleView extends ResidentRoleEntry {
  ideaTitle?: string
  running: boolean
}

/** An active resident as lists show them: where they live and what they carry. */
export interface ResidentListItem {
  resident: Resident
  streetName: string
  /** "12a"; undefined after an erasure removed the address link. */
  addressLabel?: string
  roles: ResidentRoleView[]
  /** At least one role runs today. */
  active: boolean
}

/** A connection with who and where, in the app's own words (never shown outside the app). */
export interface ConnectionListItem {
  connection: Connection
  /** Those involved: residents by name (with consent) or pseudonym, addresses as "Straat 12". */
  parties: string[]
  streetNames: string[]
  ideaTitle?: string
  /** Running at its last check (or never checked yet). */
  running: boolean
  lastCheck?: ConnectionCheck
  /** Running and not checked for three months or more: time to ask whether it still runs. */
  checkDue: boolean
}

/**
 * A signal as lists show it: never its note, nor the partner's contact person. Those appear only on the
 * signal itself (`signal.get`).
 */
export type SignalSummary = Omit<Signal, 'note' | 'handover'> & {
  hasNote: boolean
  handover?: Omit<SignalHandover, 'contactPerson'>
}

/** A signal in a list. */
export interface SignalListItem {
  signal: SignalSummary
  streetName: string
  addressLabel?: string
  partnerName?: string
  partnerKind?: PartnerKind
  /** Recorded without consent: only counted. */
  countOnly: boolean
  /** Days a warm handover has waited so far, while it waits to be picked up. */
  waitingDays?: number
  /** Days from the warm handover to the pick-up, once picked up. */
  daysToPickUp?: number
}

/** The signal itself, with its note and the partner's contact person. */
export interface SignalDetail extends SignalListItem {
  note: string
  contactPerson: string
}

/** A recorded signal, with warnings about sensitive numbers in its note. */
export interface SignalRecorded {
  item: SignalListItem
  warnings: SensitiveKind[]
}

/** A signal whose follow-up closed longer ago than the signal retention period and still holds personal data. */
export interface SignalRetentionItem {
  signalId: string
  category: Signal['category']
  streetName: string
  closedOn: string
  hasAddress: boolean
  hasNote: boolean
}

const roleInput = z
  .object({
    role: z.enum(residentRoles, { error: 'is geen bekende rol' }),
    ideaId: idSchema.optional(),
    start: isoDateSchema.optional(),
  })
  .strict()
  .refine((role) => role.ideaId !== undefined || role.role === 'buurtcontact', {
    params: { rule: 'roleNeedsIdea' },
    path: ['ideaId'],
  })

const nameRule = {
  check: (input: { name?: string | undefined; consentToBeNamed?: boolean | undefined }) =>
    !input.name || input.consentToBeNamed === true,
  params: { params: { rule: 'nameNeedsConsent' }, path: ['name'] },
}

const signalFields = {
  category: z.enum(signalCategories, { error: 'is geen bekende soort signaal' }),
  consent: z.enum(signalConsents, { error: 'kies of de bewoner toestemming gaf' }),
  consentHow: z.enum(consentChannels, { error: 'is geen bekende manier' }),
  route: z.enum(signalRoutes, { error: 'is geen bekende route' }),
  note: longText(4000),
}

/** Adds the consent rules of a signal (shared/model/signal.ts) to an input schema. */
function withConsentRules<T extends z.ZodType<Parameters<typeof signalConsentIssues>[0]>>(schema: T) {
  return schema.superRefine((input, context) => {
    for (const issue of signalConsentIssues(input))
      context.addIssue({
        code: 'custom',
        message: issue.message,
        path: [issue.path],
        params: { rule: issue.rule },
      })
  })
}

/** Active residents, connections between neighbours and individual signals ("bewoners aan zet"). */
export const residentMethods = {
  'resident.list': method<ResidentListItem[]>()(
    z.object({ programmeId: idSchema, ideaId: idSchema.optional() }).strict(),
    'Active residents of a programme (or with a role on one idea), by street and pseudonym.',
  ),
  'resident.create': method<Resident>()(
    z
      .object({
        programmeId: idSchema,
        addressId: idSchema,
        pseudonym: requiredText(120).optional(),
        name: shortText(120).default(''),
        consentToBeNamed: z.boolean({ error: 'moet ja of nee zijn' }).default(false),
        role: roleInput.optional(),
      })
      .strict()
      .refine(nameRule.check, nameRule.params),
    'Add an active resident at an address (pseudonym "Bewoner <straat>" by default), with a first role.',
  ),
  'resident.update': method<Resident>()(
    z
      .object({
        residentId: idSchema,
        addressId: idSchema.optional(),
        pseudonym: requiredText(120).optional(),
        name: shortText(120).optional(),
        consentToBeNamed: z.boolean({ error: 'moet ja of nee zijn' }).optional(),
      })
      .strict(),
    'Change a resident; without consent to be named the name is removed.',
  ),
  'resident.delete': method<{ deleted: true }>()(
    z.object({ residentId: idSchema }).strict(),
    'Move a resident (and their roles) to the bin.',
  ),
  'resident.addRole': method<Resident>()(
    z
      .object({ residentId: idSchema })
      .extend(roleInput.shape)
      .strict()
      .refine((role) => role.ideaId !== undefined || role.role === 'buurtcontact', {
        params: { rule: 'roleNeedsIdea' },
        path: ['ideaId'],
      }),
    'Give a resident a role on an idea (start defaults to today).',
  ),
  'resident.updateRole': method<Resident>()(
    z
      .object({
        residentId: idSchema,
        roleId: idSchema,
        role: z.enum(residentRoles, { error: 'is geen bekende rol' }).optional(),
        ideaId: idSchema.nullable().optional(),
        start: isoDateSchema.optional(),
        end: isoDateSchema.nullable().optional(),
      })
      .strict(),
    'Change or end a role (end null: it runs again).',
  ),
  'resident.removeRole': method<Resident>()(
    z.object({ residentId: idSchema, roleId: idSchema }).strict(),
    'Remove a role recorded by mistake (to stop a role, give it an end date instead).',
  ),

  'connection.list': method<ConnectionListItem[]>()(
    z.object({ programmeId: idSchema, ideaId: idSchema.optional() }).strict(),
    'Connections between neighbours, newest first.',
  ),
  'connection.create': method<Connection>()(
    z
      .object({
        programmeId: idSchema,
        kind: z.enum(connectionKinds, { error: 'is geen bekend soort verbinding' }),
        description: longText(2000).default(''),
        date: isoDateSchema.optional(),
        residentIds: z.array(idSchema).max(100).default([]),
        addressIds: z.array(idSchema).max(100).default([]),
        ideaId: idSchema.optional(),
        signalId: idSchema.optional(),
      })
      .strict()
      .refine((input) => input.residentIds.length + input.addressIds.length > 0, {
        params: { rule: 'connectionNeedsSomeone' },
        path: ['addressIds'],
      }),
    'Record that residents were brought into contact with each other (date defaults to today).',
  ),
  'connection.update': method<Connection>()(
    z
      .object({
        connectionId: idSchema,
        kind: z.enum(connectionKinds, { error: 'is geen bekend soort verbinding' }).optional(),
        description: longText(2000).optional(),
        date: isoDateSchema.optional(),
        residentIds: z.array(idSchema).max(100).optional(),
        addressIds: z.array(idSchema).max(100).optional(),
        ideaId: idSchema.nullable().optional(),
      })
      .strict(),
    'Change a connection; only the given fields change (null clears the idea).',
  ),
  'connection.check': method<Connection>()(
    z
      .object({
        connectionId: idSchema,
        running: z.boolean({ error: 'moet ja of nee zijn' }),
        date: isoDateSchema.optional(),
      })
      .strict(),
    'Record whether a connection still runs (date defaults to today).',
  ),
  'connection.delete': method<{ deleted: true }>()(
    z.object({ connectionId: idSchema }).strict(),
    'Move a connection to the bin.',
  ),

  'signal.list': method<SignalListItem[]>()(
    z
      .object({
        programmeId: idSchema,
        streetId: idSchema.optional(),
        openOnly: z.boolean({ error: 'moet ja of nee zijn' }).default(false),
      })
      .strict(),
    'Signals of a programme, newest first, without their notes.',
  ),
  'signal.get': method<SignalDetail>()(
    z.object({ signalId: idSchema }).strict(),
    'One signal with its note: the only place the note is shown.',
  ),
  'signal.record': method<SignalRecorded>()(
    withConsentRules(
      z
        .object({
          streetId: idSchema.optional(),
          addressId: idSchema.optional(),
          category: signalFields.category,
          consent: signalFields.consent,
          consentHow: signalFields.consentHow.optional(),
          consentOn: isoDateSchema.optional(),
          note: signalFields.note.default(''),
          date: isoDateSchema.optional(),
          route: signalFields.route.optional(),
          connectionId: idSchema.optional(),
          sessionId: idSchema.optional(),
        })
        .strict()
        .refine((input) => input.streetId !== undefined || input.addressId !== undefined, {
          params: { rule: 'signalNeedsStreet' },
          path: ['streetId'],
        }),
    ),
    'Record a signal. Without consent only category, street and day are kept; a warm handover goes through signal.handOver.',
  ),
  'signal.update': method<SignalListItem>()(
    z
      .object({
        signalId: idSchema,
        category: signalFields.category.optional(),
        date: isoDateSchema.optional(),
        consent: signalFields.consent.optional(),
        consentHow: signalFields.consentHow.nullable().optional(),
        consentOn: isoDateSchema.nullable().optional(),
        addressId: idSchema.nullable().optional(),
        note: signalFields.note.optional(),
        route: signalFields.route.nullable().optional(),
        connectionId: idSchema.nullable().optional(),
      })
      .strict(),
    'Change a signal. Consent withdrawn (geen) removes the address, note, route and handover.',
  ),
  'signal.handOver': method<SignalListItem>()(
    z
      .object({
        signalId: idSchema,
        partnerId: idSchema,
        contactPerson: shortText(120).default(''),
        date: isoDateSchema.optional(),
      })
      .strict(),
    'Warm handover of a signal to a partner (needs consent to pass it on); the status becomes overgedragen.',
  ),
  'signal.setStatus': method<SignalListItem>()(
    z
      .object({
        signalId: idSchema,
        status: z.enum(signalStatuses, { error: 'is geen bekende status' }),
        date: isoDateSchema.optional(),
      })
      .strict(),
    'Move the follow-up of a signal on (opgepakt, afgerond, geen behoefte meer, or open again).',
  ),
  'signal.delete': method<{ deleted: true }>()(
    z.object({ signalId: idSchema }).strict(),
    'Delete a signal for good: special personal data does not go to the bin.',
  ),

  'stats.residents': method<ResidentsFigures>()(
    z.object({ programmeId: idSchema }).strict(),
    'The "bewoners aan zet" figures of a programme today: active residents, connections, signals as counts.',
  ),
} as const
