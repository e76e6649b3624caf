import { type Signal, type SignalStatus } from '../model'

/** A signal recorded without consent: it only counts (category, street, day), without any follow-up. */
export function isCountOnly(signal: Pick<Signal, 'consent'>): boolean {
  return signal.consent === 'geen'
}

/** Statuses after which nothing more is expected: the follow-up is closed. */
export const closedSignalStatuses: ReadonlySet<SignalStatus> = new Set<SignalStatus>([
  'afgerond',
  'geen-behoefte',
])

/**
 * Where a signal's follow-up may go from each status. `overgedragen` is reached only through a warm
 * handover (which needs consent to pass the signal on), never by choosing it; closed signals can be
 * opened again.
 */
const nextStatuses: Readonly<Record<SignalStatus, readonly SignalStatus[]>> = {
  open: ['opgepakt', 'afgerond', 'geen-behoefte'],
  overgedragen: ['opgepakt', 'afgerond', 'geen-behoefte'],
  opgepakt: ['afgerond', 'geen-behoefte'],
  afgerond: ['open'],
  'geen-behoefte': ['open'],
}

/** True when a signal may move from `from` to `to` by the coach's choice. */
export function canChangeSignalStatus(from: SignalStatus, to: SignalStatus): boolean {
  return nextStatuses[from].includes(to)
}

/** The statuses the coach can choose next for a signal. */
export function signalStatusChoices(from: SignalStatus): readonly SignalStatus[] {
  return nextStatuses[from]
}

/** The day the follow-up closed (the last `afgerond` or `geen behoefte meer`), while it is closed. */
export function signalClosedOn(signal: Pick<Signal, 'status' | 'history'>): string | undefined {
  if (!closedSignalStatuses.has(signal.status)) return undefined
  for (let i = signal.history.length - 1; i >= 0; i--) {
    const entry = signal.history[i]
    if (entry && closedSignalStatuses.has(entry.status)) return entry.on
  }
  return undefined
}

/** True when a signal still holds personal data: its address, a note or the partner's contact person. */
export function signalHoldsPersonalData(signal: Pick<Signal, 'addressId' | 'note' | 'handover'>): boolean {
  return signal.addressId !== undefined || signal.note !== '' || (signal.handover?.contactPerson ?? '') !== ''
}
