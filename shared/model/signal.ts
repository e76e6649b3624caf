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

/** The consent rules of a signal, each with what is wrong in the coach's words (after the field's name). */
export const signalConsentRuleTexts = {
  signalNoConsentAddress: {
    nl: 'zonder toestemming om vast te leggen bewaren we geen adres',
    en: 'without consent to record it, no address is kept',
  },
  signalNoConsentNote: {
    nl: 'zonder toestemming om vast te leggen bewaren we geen notitie',
    en: 'without consent to record it, no note is kept',
  },
  signalNoConsentRoute: {
    nl: 'zonder toestemming om vast te leggen leggen we geen vervolg vast',
    en: 'without consent to record it, no follow-up is recorded',
  },
  signalNoConsentConnection: {
    nl: 'zonder toestemming om vast te leggen is er geen verbinding',
    en: 'without consent to record it, there is no connection',
  },
  signalNoConsentHandover: {
    nl: 'zonder toestemming om vast te leggen kan het niet worden doorgegeven',
    en: 'without consent to record it, it cannot be passed on',
  },
  signalNoConsentSession: {
    nl: 'zonder toestemming om vast te leggen bewaren we geen sessie',
    en: 'without consent to record it, no session is kept',
  },
  signalNoConsentDetails: { nl: 'er is geen toestemming gegeven', en: 'no consent was given' },
  signalNoConsentFollowUp: {
    nl: 'zonder toestemming wordt een signaal alleen geteld, zonder vervolg',
    en: 'without consent a signal is only counted, with no follow-up',
  },
  signalConsentHowMissing: {
    nl: 'zeg hoe de bewoner toestemming gaf',
    en: 'say how the resident gave consent',
  },
  signalConsentOnMissing: {
    nl: 'zeg wanneer de bewoner toestemming gaf',
    en: 'say when the resident gave consent',
  },
  handoverNeedsConsentToPass: {
    nl: 'voor een warme overdracht is toestemming om door te geven nodig',
    en: 'a warm handover needs consent to pass the signal on',
  },
  warmHandoverNeedsPartner: {
    nl: 'een warme overdracht leg je vast door het signaal aan een partner over te dragen',
    en: 'record a warm handover by handing the signal over to a partner',
  },
  handoverNeedsWarmRoute: {
    nl: 'een overdracht aan een partner hoort bij de route warme overdracht',
    en: 'a handover to a partner goes with the route warm handover',
  },
  connectionNeedsNeighbourRoute: {
    nl: 'een verbinding hoort bij de route "opgepakt door buren"',
    en: 'a connection goes with the route "taken up by neighbours"',
  },
} as const satisfies Record<string, { nl: string; en: string }>

/** The name of one consent rule of a signal. */
export type SignalConsentRule = keyof typeof signalConsentRuleTexts

/** One broken consent rule: the field, the rule and what is wrong, in Dutch. */
export interface SignalConsentIssue {
  path: string
  rule: SignalConsentRule
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
  const problem = (path: string, rule: SignalConsentRule) =>
    issues.push({ path, rule, message: signalConsentRuleTexts[rule].nl })
  if (signal.consent === 'geen') {
    if (signal.addressId !== undefined) problem('addressId', 'signalNoConsentAddress')
    if ((signal.note ?? '') !== '') problem('note', 'signalNoConsentNote')
    if (signal.route !== undefined) problem('route', 'signalNoConsentRoute')
    if (signal.connectionId !== undefined) problem('connectionId', 'signalNoConsentConnection')
    if (signal.handover !== undefined) problem('handover', 'signalNoConsentHandover')
    if (signal.sessionId !== undefined) problem('sessionId', 'signalNoConsentSession')
    if (signal.consentHow !== undefined || signal.consentOn !== undefined)
      problem('consentHow', 'signalNoConsentDetails')
    return issues
  }
  if (signal.consentHow === undefined) problem('consentHow', 'signalConsentHowMissing')
  if (signal.consentOn === undefined) problem('consentOn', 'signalConsentOnMissing')
  if (signal.handover !== undefined && signal.consent !== 'doorgeven')
    problem('consent', 'handoverNeedsConsentToPass')
  if (signal.route === 'warme-overdracht' && signal.consent !== 'doorgeven')
    problem('route', 'handoverNeedsConsentToPass')
  if (signal.route === 'warme-overdracht' && signal.handover === undefined)
    problem('route', 'warmHandoverNeedsPartner')
  if (signal.handover !== undefined && signal.route !== 'warme-overdracht')
    problem('route', 'handoverNeedsWarmRoute')
  if (signal.connectionId !== undefined && signal.route !== 'buren')
    problem('connectionId', 'connectionNeedsNeighbourRoute')
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
      context.addIssue({
        code: 'custom',
        message: issue.message,
        path: [issue.path],
        params: { rule: issue.rule },
      })
    if (signal.consent === 'geen' && (signal.status !== 'afgerond' || signal.history.length > 0))
      context.addIssue({
        code: 'custom',
        message: signalConsentRuleTexts.signalNoConsentFollowUp.nl,
        path: ['status'],
        params: { rule: 'signalNoConsentFollowUp' },
      })
  })
export type Signal = z.infer<typeof signalSchema>
