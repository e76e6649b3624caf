import { useEffect, useSyncExternalStore } from 'react'

/** Where a quick idea belongs: filled in from the page Ctrl+I is pressed on. */
export interface QuickAddPlace {
  streetId?: string
  addressId?: string
  sessionId?: string
  /** What the coach sees: "Dorpsstraat 12 · Deurronde". */
  label: string
}

let current: QuickAddPlace | undefined
const listeners = new Set<() => void>()

function setPlace(place: QuickAddPlace | undefined): void {
  current = place
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The place of the page on screen, if it gave one. */
export function useCurrentQuickAddPlace(): QuickAddPlace | undefined {
  return useSyncExternalStore(subscribe, () => current)
}

/**
 * Tells the quick idea (Ctrl+I) where the page on screen is: a street page, door mode or a session.
 * The place is forgotten when the page goes away.
 */
export function useQuickAddPlace(place: QuickAddPlace | undefined): void {
  const { streetId, addressId, sessionId, label } = place ?? {}
  const given = place !== undefined
  useEffect(() => {
    if (!given) return undefined
    setPlace({
      ...(streetId ? { streetId } : {}),
      ...(addressId ? { addressId } : {}),
      ...(sessionId ? { sessionId } : {}),
      label: label ?? '',
    })
    return () => setPlace(undefined)
  }, [given, streetId, addressId, sessionId, label])
}
