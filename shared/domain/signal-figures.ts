import {
  type Partner,
  type PartnerKind,
  partnerKinds,
  type Signal,
  type SignalCategory,
  signalCategories,
  type SignalRoute,
  signalRoutes,
  type SignalStatus,
  signalStatuses,
} from '../model'
import { daysBetween } from './day-math'
import { type HandoverFigures, type SignalFigures } from './residents-figures-types'
import { isCountOnly } from './signal-rules'
import { suppressSmallCounts } from './small-numbers'

/** A signal's follow-up status at the end of `day`: the last change on or before it ("open" before any). */
export function signalStatusOn(signal: Pick<Signal, 'history'>, day: string): SignalStatus {
  let status: SignalStatus = 'open'
  for (const entry of signal.history) if (entry.on <= day) status = entry.status
  return status
}

/** How a warm handover stood at the end of `day`. */
export interface HandoverOutcome {
  partnerId: string
  date: string
  state: 'opgepakt' | 'wacht' | 'gesloten'
  /** Whole days from the handover to the pick-up, once picked up. */
  daysToPickUp?: number
  /** Whole days it has waited so far, while it waits. */
  waitingDays?: number
}

/**
 * The outcome of a signal's warm handover as of `day`, or undefined when it was not handed over by then.
 * Picked up = the first `opgepakt` or `afgerond` on or after the handover day; waiting = still
 * `overgedragen`; otherwise closed without a pick-up (geen behoefte meer, or opened again).
 */
export function handoverOutcome(
  signal: Pick<Signal, 'handover' | 'history'>,
  day: string,
): HandoverOutcome | undefined {
  const handover = signal.handover
  if (!handover || handover.date > day) return undefined
  const pickUp = signal.history.find(
    (entry) =>
      (entry.status === 'opgepakt' || entry.status === 'afgerond') &&
      entry.on >= handover.date &&
      entry.on <= day,
  )
  const base = { partnerId: handover.partnerId, date: handover.date }
  if (pickUp)
    return { ...base, state: 'opgepakt', daysToPickUp: Math.max(0, daysBetween(handover.date, pickUp.on)) }
  if (signalStatusOn(signal, day) === 'overgedragen')
    return { ...base, state: 'wacht', waitingDays: Math.max(0, daysBetween(handover.date, day)) }
  return { ...base, state: 'gesloten' }
}

/** Handover figures of a set of outcomes (see {@link HandoverFigures}). */
export function handoverFigures(outcomes: readonly HandoverOutcome[], from: string): HandoverFigures {
  const picked = outcomes.filter((outcome) => outcome.state === 'opgepakt')
  const waiting = outcomes.filter((outcome) => outcome.state === 'wacht')
  const totalDays = picked.reduce((sum, outcome) => sum + (outcome.daysToPickUp ?? 0), 0)
  return {
    handovers: outcomes.length,
    inPeriod: outcomes.filter((outcome) => outcome.date >= from).length,
    pickedUp: picked.length,
    waiting: waiting.length,
    closedWithoutPickup: outcomes.length - picked.length - waiting.length,
    averageDaysToPickUp: picked.length === 0 ? 0 : Math.round(totalDays / picked.length),
    longestWaitingDays: waiting.reduce((max, outcome) => Math.max(max, outcome.waitingDays ?? 0), 0),
  }
}

const zero = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>

/**
 * Signals of a programme as of `asOf` (see {@link SignalFigures}): those recorded on or before it,
 * their status and route as they stood then. `partners` give each handover its partner kind.
 */
export function computeSignalFigures(
  signals: readonly Signal[],
  partners: readonly Pick<Partner, 'id' | 'kind'>[],
  streetIds: readonly string[],
  asOf: string,
  from: string,
): SignalFigures {
  const recorded = signals.filter((signal) => signal.date <= asOf)
  const byCategory = zero<SignalCategory>(signalCategories)
  const byRoute = zero<SignalRoute>(signalRoutes)
  const byStatus = zero<SignalStatus>(signalStatuses)
  const perStreet = new Map<string, number>(streetIds.map((id) => [id, 0]))
  const kindOf = new Map(partners.map((partner) => [partner.id, partner.kind]))
  const outcomes: Array<HandoverOutcome & { kind: PartnerKind }> = []
  let countOnly = 0
  let withoutRoute = 0
  for (const signal of recorded) {
    byCategory[signal.category] += 1
    perStreet.set(signal.streetId, (perStreet.get(signal.streetId) ?? 0) + 1)
    if (isCountOnly(signal)) {
      countOnly += 1
      continue
    }
    byStatus[signalStatusOn(signal, asOf)] += 1
    const outcome = handoverOutcome(signal, asOf)
    const route = signal.route === 'warme-overdracht' && !outcome ? undefined : signal.route
    if (route === undefined) withoutRoute += 1
    else byRoute[route] += 1
    if (outcome) outcomes.push({ ...outcome, kind: kindOf.get(outcome.partnerId) ?? 'anders' })
  }
  return {
    total: recorded.length,
    inPeriod: recorded.filter((signal) => signal.date >= from).length,
    countOnly,
    byCategory,
    byRoute,
    withoutRoute,
    byStatus,
    handovers: handoverFigures(outcomes, from),
    handoversByPartnerKind: partnerKinds
      .map((kind) => ({
        kind,
        ...handoverFigures(
          outcomes.filter((outcome) => outcome.kind === kind),
          from,
        ),
      }))
      .filter((entry) => entry.handovers > 0),
    handoversByPartner: [...new Set(outcomes.map((outcome) => outcome.partnerId))].map((partnerId) => ({
      partnerId,
      ...handoverFigures(
        outcomes.filter((outcome) => outcome.partnerId === partnerId),
        from,
      ),
    })),
    perStreet: suppressSmallCounts([...perStreet].map(([key, count]) => ({ key, count }))),
  }
}
