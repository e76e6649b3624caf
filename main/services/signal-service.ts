import {
  ApiFailure,
  type ApiParsedInput,
  type SignalDetail,
  type SignalListItem,
  type SignalRecorded,
} from '../../shared/api'
import { findSensitiveNumbers } from '../../shared/domain/sensitive-text'
import { canChangeSignalStatus, closedSignalStatuses, isCountOnly } from '../../shared/domain/signal-rules'
import { vocabularyLabels } from '../../shared/i18n/vocabulary-labels'
import { type Signal, signalConsentIssues, type StoreData } from '../../shared/model'
import { localDate, nowIso } from './clock'
import { findLive } from './entity-lookup'
import { findProgramme } from './programme-service'
import { requireStore } from './require-store'
import { requireNotFuture, requireSameProgramme, signalDetail, signalView } from './residents-views'
import { type ServiceDeps } from './types'

const statusLabel = vocabularyLabels.nl.signalStatus

/** Refuses a signal whose parts break a consent rule, naming the first field at fault. */
function requireConsentRules(signal: Signal): void {
  const issue = signalConsentIssues(signal)[0]
  if (issue) throw new ApiFailure('VALIDATION_FAILED', `Toestemming: ${issue.message}.`, issue.path)
}

/** What is kept of a signal without consent: category, street and day, only counted. */
function reduceToCount(signal: Signal): void {
  for (const key of [
    'addressId',
    'consentHow',
    'consentOn',
    'route',
    'connectionId',
    'handover',
    'sessionId',
  ] as const)
    delete signal[key]
  signal.note = ''
  signal.status = 'afgerond'
  signal.history = []
}

function checkConnection(data: Readonly<StoreData>, programmeId: string, connectionId: string): void {
  requireSameProgramme(findLive(data, 'connections', connectionId), programmeId, 'connectionId')
}

/** The follow-up can move on: not for a signal that is only counted. */
function requireFollowUp(signal: Signal): void {
  if (isCountOnly(signal))
    throw new ApiFailure(
      'CONFLICT',
      'Dit signaal is zonder toestemming vastgelegd en wordt alleen geteld; er is geen vervolg.',
      'signalId',
    )
}

/** A day for a status change: today by default, not in the future, not before the last change. */
function statusDay(signal: Signal, date: string | undefined, today: string): string {
  const day = date ?? today
  requireNotFuture(day, today, 'Datum', 'date')
  const last = signal.history.at(-1)?.on ?? signal.date
  if (day < last)
    throw new ApiFailure('VALIDATION_FAILED', 'Datum: ligt voor de vorige stap van dit signaal.', 'date')
  return day
}

/** signal.*: individual signals with the resident's consent, their route and follow-up. */
export function createSignalService({ stores, clock, newId }: ServiceDeps) {
  return {
    'signal.list': async (input: ApiParsedInput<'signal.list'>): Promise<SignalListItem[]> => {
      const data = requireStore(stores).read()
      findProgramme(data, input.programmeId)
      const today = localDate(clock)
      return data.signals
        .filter(
          (s) =>
            s.programmeId === input.programmeId &&
            !s.deletedAt &&
            (input.streetId === undefined || s.streetId === input.streetId) &&
            (!input.openOnly || (!isCountOnly(s) && !closedSignalStatuses.has(s.status))),
        )
        .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt))
        .map((signal) => signalView(data, signal, today))
    },

    'signal.get': async ({ signalId }: ApiParsedInput<'signal.get'>): Promise<SignalDetail> => {
      const data = requireStore(stores).read()
      return signalDetail(data, structuredClone(findLive(data, 'signals', signalId)), localDate(clock))
    },

    'signal.record': async (input: ApiParsedInput<'signal.record'>): Promise<SignalRecorded> =>
      requireStore(stores).update((data) => {
        const address = input.addressId ? findLive(data, 'addresses', input.addressId) : undefined
        const street = findLive(data, 'streets', input.streetId ?? address?.streetId ?? '', {
          field: 'streetId',
        })
        if (address && address.streetId !== street.id)
          throw new ApiFailure('VALIDATION_FAILED', 'Adres: ligt niet in de gekozen straat.', 'addressId')
        const programmeId = street.programmeId
        findProgramme(data, programmeId)
        const today = localDate(clock)
        const date = input.date ?? today
        requireNotFuture(date, today, 'Datum', 'date')
        if (input.consentOn)
          requireNotFuture(input.consentOn, today, 'Wanneer toestemming gegeven', 'consentOn')
        if (input.sessionId)
          requireSameProgramme(findLive(data, 'sessions', input.sessionId), programmeId, 'sessionId')
        if (input.connectionId) checkConnection(data, programmeId, input.connectionId)
        const now = nowIso(clock)
        const counted = input.consent === 'geen'
        const signal: Signal = {
          id: newId(),
          programmeId,
          createdAt: now,
          updatedAt: now,
          category: input.category,
          date,
          streetId: street.id,
          consent: input.consent,
          note: counted ? '' : input.note,
          status: counted ? 'afgerond' : 'open',
          history: counted ? [] : [{ status: 'open', on: date }],
          ...(counted
            ? {}
            : {
                ...(input.consentHow ? { consentHow: input.consentHow } : {}),
                ...(input.consentOn ? { consentOn: input.consentOn } : {}),
                ...(address ? { addressId: address.id } : {}),
                ...(input.route ? { route: input.route } : {}),
                ...(input.connectionId ? { connectionId: input.connectionId } : {}),
                ...(input.sessionId ? { sessionId: input.sessionId } : {}),
              }),
        }
        requireConsentRules(signal)
        data.signals.push(signal)
        return { item: signalView(data, signal, today), warnings: findSensitiveNumbers(signal.note) }
      }),

    'signal.update': async (input: ApiParsedInput<'signal.update'>): Promise<SignalListItem> =>
      requireStore(stores).update((data) => {
        const signal = findLive(data, 'signals', input.signalId)
        const today = localDate(clock)
        // A plain copy to try the change on (the store hands out an immer draft, which cannot be cloned).
        const next = JSON.parse(JSON.stringify(signal)) as Signal
        const withdrawn = input.consent === 'geen' && signal.consent !== 'geen'
        const given = input.consent !== undefined && input.consent !== 'geen' && signal.consent === 'geen'
        if (input.consent !== undefined) next.consent = input.consent
        if (input.category !== undefined) next.category = input.category
        if (input.date !== undefined) {
          requireNotFuture(input.date, today, 'Datum', 'date')
          next.date = input.date
        }
        const optional = [
          ['consentHow', input.consentHow],
          ['consentOn', input.consentOn],
          ['route', input.route],
          ['connectionId', input.connectionId],
        ] as const
        for (const [key, value] of optional) {
          if (value === null) delete next[key]
          else if (value !== undefined) Object.assign(next, { [key]: value })
        }
        if (input.consentOn)
          requireNotFuture(input.consentOn, today, 'Wanneer toestemming gegeven', 'consentOn')
        if (input.note !== undefined) next.note = input.note
        if (input.addressId === null) delete next.addressId
        else if (input.addressId !== undefined) {
          const address = findLive(data, 'addresses', input.addressId)
          requireSameProgramme(address, signal.programmeId, 'addressId')
          next.addressId = address.id
          next.streetId = address.streetId
        }
        if (input.connectionId) checkConnection(data, signal.programmeId, input.connectionId)
        if (signal.handover && next.route !== 'warme-overdracht')
          throw new ApiFailure(
            'CONFLICT',
            'Route: dit signaal is al warm overgedragen aan een partner; dat blijft zo vastgelegd.',
            'route',
          )
        if (input.route === 'warme-overdracht' && !signal.handover)
          throw new ApiFailure(
            'VALIDATION_FAILED',
            'Route: een warme overdracht leg je vast door het signaal aan een partner over te dragen.',
            'route',
          )
        if (withdrawn) {
          // Consent withdrawn: what was recorded goes, only the count stays. Personal parts sent along are refused.
          if ((input.note ?? '') !== '' || typeof input.addressId === 'string')
            throw new ApiFailure(
              'VALIDATION_FAILED',
              'Toestemming: zonder toestemming om vast te leggen bewaren we geen adres of notitie.',
              input.note ? 'note' : 'addressId',
            )
          reduceToCount(next)
        }
        if (given) {
          next.status = 'open'
          next.history = [{ status: 'open', on: next.consentOn ?? today }]
        }
        requireConsentRules(next)
        next.updatedAt = nowIso(clock)
        Object.assign(signal, next)
        for (const key of [
          'addressId',
          'consentHow',
          'consentOn',
          'route',
          'connectionId',
          'handover',
          'sessionId',
        ] as const)
          if (!(key in next)) delete signal[key]
        return signalView(data, signal, today)
      }),

    'signal.handOver': async (input: ApiParsedInput<'signal.handOver'>): Promise<SignalListItem> =>
      requireStore(stores).update((data) => {
        const signal = findLive(data, 'signals', input.signalId)
        requireFollowUp(signal)
        if (signal.consent !== 'doorgeven')
          throw new ApiFailure(
            'VALIDATION_FAILED',
            'Toestemming: de bewoner gaf geen toestemming om het signaal door te geven aan een partner.',
            'consent',
          )
        if (closedSignalStatuses.has(signal.status))
          throw new ApiFailure(
            'CONFLICT',
            `Status: dit signaal is ${statusLabel[signal.status].toLowerCase()}; zet het eerst weer open.`,
            'signalId',
          )
        const partner = findLive(data, 'partners', input.partnerId)
        requireSameProgramme(partner, signal.programmeId, 'partnerId')
        const today = localDate(clock)
        const date = statusDay(signal, input.date, today)
        signal.handover = { partnerId: partner.id, date, contactPerson: input.contactPerson }
        signal.route = 'warme-overdracht'
        delete signal.connectionId
        signal.status = 'overgedragen'
        signal.history.push({ status: 'overgedragen', on: date })
        signal.updatedAt = nowIso(clock)
        return signalView(data, signal, today)
      }),

    'signal.setStatus': async (input: ApiParsedInput<'signal.setStatus'>): Promise<SignalListItem> =>
      requireStore(stores).update((data) => {
        const signal = findLive(data, 'signals', input.signalId)
        requireFollowUp(signal)
        if (input.status === signal.status) return signalView(data, signal, localDate(clock))
        if (!canChangeSignalStatus(signal.status, input.status)) {
          const how =
            input.status === 'overgedragen'
              ? ' Een signaal overdragen doe je met ‘Overdragen aan partner’.'
              : ''
          throw new ApiFailure(
            'CONFLICT',
            `Status: van ‘${statusLabel[signal.status]}’ naar ‘${statusLabel[input.status]}’ kan niet.${how}`,
            'status',
          )
        }
        const today = localDate(clock)
        const date = statusDay(signal, input.date, today)
        signal.status = input.status
        signal.history.push({ status: input.status, on: date })
        signal.updatedAt = nowIso(clock)
        return signalView(data, signal, today)
      }),

    'signal.delete': async ({ signalId }: ApiParsedInput<'signal.delete'>): Promise<{ deleted: true }> =>
      requireStore(stores).update((data) => {
        findLive(data, 'signals', signalId)
        data.signals = data.signals.filter((signal) => signal.id !== signalId)
        for (const connection of data.connections) {
          if (connection.signalId !== signalId) continue
          delete connection.signalId
          connection.updatedAt = nowIso(clock)
        }
        return { deleted: true as const }
      }),
  }
}
