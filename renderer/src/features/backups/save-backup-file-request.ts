import { useSyncExternalStore } from 'react'

/**
 * The desktop menu's "Back-up als bestand bewaren": the menu cannot ask for a passphrase itself, so
 * it asks the page, which goes to Instellingen where the save dialog opens. The request waits here
 * until that dialog is closed.
 */
let requested = false
const listeners = new Set<() => void>()

function set(value: boolean): void {
  requested = value
  for (const listener of listeners) listener()
}

/** Asks for the save dialog (from the menu command). */
export function requestSaveBackupFile(): void {
  set(true)
}

/** Marks the request as handled (the dialog was closed or the file saved). */
export function clearSaveBackupFileRequest(): void {
  if (requested) set(false)
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** True while the menu's request for the save dialog waits to be handled. */
export function useSaveBackupFileRequested(): boolean {
  return useSyncExternalStore(subscribe, () => requested)
}
