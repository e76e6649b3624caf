import { type TFunction } from 'i18next'
import { type SyncStatus } from '../api/methods/sync'

/**
 * Where sharing stands in a few words, the same in the header and on the card: "Gesynchroniseerd",
 * "3 wijzigingen wachten", and offline also how much is still waiting ("Offline · 1 wijziging wacht"),
 * so a coach knows the work has not left the laptop yet.
 */
export function syncStateLabel(t: TFunction, status: Pick<SyncStatus, 'state' | 'pending'>): string {
  const waiting = t('sync.status.waiting', { count: status.pending })
  if (status.state === 'waiting') return waiting
  const state = t(`sync.status.${status.state}`)
  return status.state === 'offline' && status.pending > 0 ? `${state} · ${waiting}` : state
}
