import { subMonths, format } from 'date-fns'
import { type ApiParsedInput, type SignalRetentionItem } from '../../shared/api'
import { isCountOnly, signalClosedOn, signalHoldsPersonalData } from '../../shared/domain/signal-rules'
import { type Signal, type StoreData } from '../../shared/model'
import { appendAudit } from './audit'
import { nowIso } from './clock'
import { findProgramme } from './programme-service'
import { requireStore } from './require-store'
import { type ServiceDeps } from './types'

/**
 * Signals of a programme whose follow-up closed (afgerond or geen behoefte meer) before `cutoff` and
 * that still hold personal data: their address, note or the partner's contact person.
 */
function flaggedSignals(data: Readonly<StoreData>, programmeId: string, cutoff: string): Signal[] {
  return data.signals.filter((signal) => {
    if (signal.programmeId !== programmeId || signal.deletedAt || isCountOnly(signal)) return false
    const closedOn = signalClosedOn(signal)
    return closedOn !== undefined && closedOn < cutoff && signalHoldsPersonalData(signal)
  })
}

/** Removes what makes a signal personal; category, street, day, route, partner and status still count. */
export function clearSignalPersonalData(signal: Signal): void {
  delete signal.addressId
  signal.note = ''
  if (signal.handover) signal.handover.contactPerson = ''
}

/**
 * privacy.signalRetention and privacy.applySignalRetention: signals are special personal data and get a
 * shorter retention than door notes (`signalRetentionMonths` after their follow-up closed, default 6).
 */
export function createSignalRetentionService({ stores, clock, newId }: ServiceDeps) {
  const cutoffOf = (data: Readonly<StoreData>): string =>
    format(subMonths(clock(), data.settings.signalRetentionMonths), 'yyyy-MM-dd')
  return {
    'privacy.signalRetention': async ({
      programmeId,
    }: ApiParsedInput<'privacy.signalRetention'>): Promise<SignalRetentionItem[]> => {
      const data = requireStore(stores).read()
      findProgramme(data, programmeId)
      const streets = new Map(data.streets.map((street) => [street.id, street.name]))
      return flaggedSignals(data, programmeId, cutoffOf(data)).map((signal) => ({
        signalId: signal.id,
        category: signal.category,
        streetName: streets.get(signal.streetId) ?? '',
        closedOn: signalClosedOn(signal) ?? signal.date,
        hasAddress: signal.addressId !== undefined,
        hasNote: signal.note !== '',
      }))
    },

    'privacy.applySignalRetention': async ({
      programmeId,
      signalIds,
    }: ApiParsedInput<'privacy.applySignalRetention'>): Promise<{ cleared: number }> =>
      requireStore(stores).update((data) => {
        findProgramme(data, programmeId)
        const wanted = new Set(signalIds)
        const chosen = flaggedSignals(data, programmeId, cutoffOf(data)).filter((signal) =>
          wanted.has(signal.id),
        )
        const now = nowIso(clock)
        for (const signal of chosen) {
          clearSignalPersonalData(signal)
          signal.updatedAt = now
        }
        appendAudit(
          data,
          {
            kind: 'bewaartermijn',
            programmeId,
            subject: `Bewaartermijn signalen verlopen: persoonsgegevens van ${chosen.length} ${chosen.length === 1 ? 'signaal' : 'signalen'} verwijderd.`,
          },
          now,
          newId,
        )
        return { cleared: chosen.length }
      }),
  }
}
