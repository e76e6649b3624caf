import { notifications } from '@mantine/notifications'
import { type FileKind, type SaveFileResult } from '../../../shared/api/shell-bridge'
import { i18n } from '../app/i18n'

/**
 * Files in and out of the renderer. Saving: in the desktop app through the shell's save dialog
 * (`window.krachtstroomShell.saveFile`, which remembers the last folder per kind of file), in a
 * browser as a download. Reading: a chosen file as base64 for the API.
 */

/** How a save ended: `path` is known only on the desktop (a browser download has none). */
export type SaveOutcome = { saved: true; path?: string } | { saved: false }

function saveBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  // Give the browser a moment to start the download before the URL goes.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index)
  return bytes
}

function base64OfText(text: string): string {
  const bytes = new TextEncoder().encode(text)
  let binary = ''
  for (let index = 0; index < bytes.length; index += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000))
  }
  return btoa(binary)
}

/** The kind of file a name is, for the folder the desktop save dialog starts in. */
export function fileKindOf(fileName: string): FileKind {
  const lower = fileName.toLowerCase()
  if (lower.endsWith('.kcbackup')) return 'backup'
  if (lower.endsWith('.pdf')) return 'pdf'
  if (lower.endsWith('.docx')) return 'report'
  return 'export'
}

/** True in the desktop app, where the shell saves files through a save dialog. */
export function hasDesktopFiles(): boolean {
  return typeof window.krachtstroomShell?.saveFile === 'function'
}

/** Shows why the shell did not save or open a file (stays until closed). */
export function notifyFileError(title: string, message: string): void {
  notifications.show({
    color: 'red',
    title,
    message,
    autoClose: false,
    withBorder: true,
    closeButtonProps: { 'aria-label': i18n.t('common.close') },
  })
}

function outcomeOf(result: SaveFileResult): SaveOutcome {
  if (result.saved) return { saved: true, path: result.path }
  if (result.error !== undefined) notifyFileError(i18n.t('desktop.saveFailed'), result.error)
  return { saved: false }
}

/**
 * Saves bytes given as base64 under `fileName`: on the desktop with the save dialog (answers where it
 * went, or `saved: false` when the coach cancelled or it failed, which is then shown), in a browser as
 * a download.
 */
export async function saveBase64File(
  fileName: string,
  base64: string,
  mimeType: string,
  kind: FileKind = fileKindOf(fileName),
): Promise<SaveOutcome> {
  const shell = window.krachtstroomShell
  if (shell && typeof shell.saveFile === 'function') {
    try {
      return outcomeOf(await shell.saveFile({ fileName, base64, kind }))
    } catch (error) {
      notifyFileError(i18n.t('desktop.saveFailed'), error instanceof Error ? error.message : String(error))
      return { saved: false }
    }
  }
  saveBlob(fileName, new Blob([bytesOf(base64)], { type: mimeType }))
  return { saved: true }
}

/**
 * Saves bytes given as base64 under `fileName` (desktop: save dialog; browser: download). Answers
 * whether it was saved, so a caller only says "bewaard" when the coach did not cancel.
 */
export function downloadBase64File(fileName: string, base64: string, mimeType: string): Promise<SaveOutcome> {
  return saveBase64File(fileName, base64, mimeType)
}

/** Saves text (e.g. an .ics calendar) under `fileName` (desktop: save dialog; browser: download). */
export async function downloadTextFile(
  fileName: string,
  text: string,
  mimeType: string,
): Promise<SaveOutcome> {
  if (hasDesktopFiles()) return saveBase64File(fileName, base64OfText(text), mimeType)
  saveBlob(fileName, new Blob([text], { type: mimeType }))
  return { saved: true }
}

/**
 * Desktop only: prints the window (as its print stylesheet lays it out) to a PDF and saves it with
 * the save dialog. Answers undefined in a browser, where the caller uses `window.print()`.
 */
export async function printWindowToPdf(
  fileName: string,
  landscape: boolean,
): Promise<SaveOutcome | undefined> {
  const shell = window.krachtstroomShell
  if (!shell || typeof shell.printToPdf !== 'function') return undefined
  try {
    return outcomeOf(await shell.printToPdf({ fileName, landscape }))
  } catch (error) {
    notifyFileError(i18n.t('desktop.saveFailed'), error instanceof Error ? error.message : String(error))
    return { saved: false }
  }
}

/** Desktop only: opens a file the app just saved with its usual program; shows why when it fails. */
export async function openSavedFile(path: string): Promise<boolean> {
  const shell = window.krachtstroomShell
  if (!shell || typeof shell.openPath !== 'function') return false
  const result = await shell.openPath(path).catch((error: unknown) => ({
    opened: false as const,
    error: error instanceof Error ? error.message : String(error),
  }))
  if (!result.opened) notifyFileError(i18n.t('desktop.openFailed'), result.error)
  return result.opened
}

/**
 * A file's bytes as base64, untouched, so the host can detect its encoding itself. Read through a
 * data: URL, which the browser encodes without blocking the window.
 */
export function readFileAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => {
      const url = String(reader.result)
      resolve(url.slice(url.indexOf(',') + 1))
    }
    reader.onerror = () => reject(reader.error ?? new Error('Het bestand kon niet worden gelezen.'))
    reader.readAsDataURL(file)
  })
}
