import { useSyncExternalStore } from 'react'

let version = 0
const listeners = new Set<() => void>()

/**
 * Marks all loaded data as stale: every mounted {@link useApiQuery} loads again, keeping what it shows
 * until the new answer arrives. Mutations call this after a successful write.
 */
export function invalidateApiQueries(): void {
  version += 1
  for (const listener of listeners) listener()
}

/** The data version now, outside React (see {@link useDataVersion}). */
export function currentDataVersion(): number {
  return version
}

/** The current data version; changes whenever {@link invalidateApiQueries} is called. */
export function useDataVersion(): number {
  return useSyncExternalStore(subscribe, () => version)
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
