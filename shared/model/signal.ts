import { z } from 'zod'
import { idSchema, isoDateSchema, longText, programmeEntityBaseSchema, shortText } from './common'
import {
  consentChannels,
  type ConsentChannel,
  signalCategories,
  type SignalConsent,
  signalConsents,
  type SignalRoute,
  signalRoutes,
  signalStatuses,
} from './resident-vocabulary'

/** A change of a signal's follow-up status, and the day it happened. */
export const signalStatusEntrySchema = z.object({
  status: z.enum(signalStatuses, { error: 'is geen bekende status' }),
  on: isoDateSchema,
})
export type SignalStatusEntry = z.infer<typeof signalStatusEntrySchema>

/** A warm handover: to which partner, on which day, and the partner's contact person. */
export const signalHandoverSchema = z.object({
  partnerId: idSchema,
  date: isoDateSchema,
  contactPerson: shortText(120).default(''),
})
export type SignalHandover = z.infer<typeof signalHandoverSchema>

/** The parts of a signal the consent rules look at. */
export interface SignalConsentFacts {
  consent: SignalConsent
  consentHow?: ConsentChannel | undefined
  consentOn?: string | undefined
  addressId?: string | undefined
  note?: string | undefined
  route?: SignalRoute | undefined
  connectionId?: string | undefined
  handover?: unknown
  sessionId?: string | undefined
}

/** One broken consent rule: the field and what is wrong, in the coach's words. */
export interface SignalConsentIssue {
  path: string
  message: string
}

/**
 * The consent rules of a signal, one definition for the store and the API:
 * - without consent (`geen`) only the category, the street and the day are kept: no address, no note,
 *   no route, no handover, no link to a session, and no consent details;
 * - with consent, how and when it was given are recorded;
 * - a warm handover needs consent to pass the signal on, and goes with the route `warme-overdracht`;
 * - a link to a connection goes with the route `buren`.
 */
export function signalConsentIssues(signal: SignalConsentFacts): SignalConsentIssue[] {
  const issues: SignalConsentIssue[] = []
  const problem = (path: string, message: string) => issues.push({ path, message })
  if (signal.consent === 'geen') {
    const noConsent = 'zonder toestemming om vast te leggen'
    if (signal.addressId !== undefined) problem('addressId', `${noConsent} bewaren we geen adres`)
    if ((signal.note ?? '') !== '') problem('note', `${noConsent} bewaren we geen notitie`)
    if (signal.route !== undefined) problem('route', `${noConsent} leggen we geen vervolg vast`)
    if (signal.connectionId !== undefined) problem('connectionId', `${noConsent} is er geen verbinding`)
    if (signal.handover !== undefined) problem('handover', `${noConsent} kan het niet worden doorgegeven`)
    if (signal.sessionId !== undefined) problem('sessionId', `${noConsent} bewaren we geen bijeenkomst`)
    if (signal.consentHow !== undefined || signal.consentOn !== undefined)
      problem('consentHow', 'er is geen toestemming gegeven')
    return issues
  }
  if (signal.consentHow === undefined) problem('consentHow', 'zeg hoe de bewoner toestemming gaf')
  if (signal.consentOn === undefined) problem('consentOn', 'zeg wanneer de bewoner toestemming gaf')
  if (signal.handover !== undefined && signal.consent !== 'doorgeven')
    problem('consent', 'voor een warme overdracht is toestemming om door te geven nodig')
  if (signal.route === 'warme-overdracht' && signal.consent !== 'doorgeven')
    problem('route', 'voor een warme overdracht is toestemming om door te geven nodig')
  if (signal.route === 'warme-overdracht' && signal.handover === undefined)
    problem('route', 'een warme overdracht leg je vast door het signaal aan een partner over te dragen')
  if (signal.handover !== undefined && signal.route !== 'warme-overdracht')
    problem('route', 'een overdracht aan een partner hoort bij de route warme overdracht')
  if (signal.connectionId !== undefined && signal.route !== 'buren')
    problem('connectionId', 'een verbinding hoort bij de route "opgepakt door buren"')
  return issues
}

/**
 * An individual signal (signaal) met at the door or afterwards: special personal data. Without consent
 * it is only counted; with consent it may hold the address and a note, and with consent to pass it on
 * it may be handed over to a partner. The follow-up status keeps its history with dates.
 */
export const signalSchema = programmeEntityBaseSchema
  .extend({
    category: z.enum(signalCategories, { error: 'is geen bekende soort signaal' }),
    date: isoDateSchema,
    streetId: idSchema,
    consent: z.enum(signalConsents, { error: 'is geen bekende toestemming' }),
    consentHow: z.enum(consentChannels).optional(),
    consentOn: isoDateSchema.optional(),
    addressId: idSchema.optional(),
    note: longText(4000).default(''),
    route: z.enum(signalRoutes).optional(),
    connectionId: idSchema.optional(),
    handover: signalHandoverSchema.optional(),
    status: z.enum(signalStatuses).default('open'),
    history: z.array(signalStatusEntrySchema).max(200).default([]),
    sessionId: idSchema.optional(),
  })
  .superRefine((signal, context) => {
    for (const issue of signalConsentIssues(signal))
      context.addIssue({ code: 'custom', message: issue.message, path: [issue.path] })
    if (signal.consent === 'geen' && (signal.status !== 'afgerond' || signal.history.length > 0))
      context.addIssue({
        code: 'custom',
        message: 'zonder toestemming wordt een signaal alleen geteld, zonder vervolg',
        path: ['status'],
      })
  })
export type Signal = z.infer<typeof signalSchema>
