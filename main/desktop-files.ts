import { basename, dirname, resolve } from 'node:path'
import { type FileKind, type OpenPathResult, type SaveFileResult } from '../shared/api/shell-bridge'
import { type SaveDialogAnswer, type SaveDialogOptionsLike, saveDialogOptions } from './file-dialogs'
import { firstIssueMessage, openPathSchema, saveFileRequestSchema } from './shell-schemas'
import { type FolderMemory } from './shell-settings'
import { type ShellTexts } from './shell-texts'

/** What the file handlers reach for; index.ts passes Electron's dialog and shell and node:fs. */
export interface DesktopFilesDeps<Sender> {
  /** Shows the save dialog, attached to the window of `sender` when there is one. */
  showSaveDialog(sender: Sender | undefined, options: SaveDialogOptionsLike): Promise<SaveDialogAnswer>
  /** Writes the whole file (node:fs/promises writeFile). */
  writeFile(path: string, bytes: Uint8Array): Promise<void>
  /** `shell.openPath`: resolves with an error message, or '' on success. */
  openPath(path: string): Promise<string>
  folders: FolderMemory
  /** Where a kind of file goes when none was saved before (the Documents folder). */
  defaultFolder(): string
  texts(): ShellTexts
  log(message: string, error?: unknown): void
}

/** The shell's file handlers; each answers, never throws. */
export interface DesktopFiles<Sender> {
  /** Asks where to save `bytes` (in the last folder used for `kind`), writes them there. */
  saveBytes(
    sender: Sender | undefined,
    fileName: string,
    bytes: Uint8Array,
    kind: FileKind,
  ): Promise<SaveFileResult>
  /** The `saveFile` method of the shell bridge: validates the input, then `saveBytes`. */
  saveFile(sender: Sender, input: unknown): Promise<SaveFileResult>
  /** The `openPath` method: opens a file only if this app saved it in this session. */
  openPath(input: unknown): Promise<OpenPathResult>
  /** True when the app saved `path` in this session (the openPath guard). */
  wasSaved(path: string): boolean
}

function reasonOf(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const code = (error as { code?: unknown }).code
    if (code === 'EACCES' || code === 'EPERM')
      return 'geen toegang tot deze map of het bestand is in gebruik.'
    if (code === 'EBUSY') return 'het bestand is in gebruik (misschien geopend in Word of Excel).'
    if (code === 'ENOSPC') return 'de schijf is vol.'
    if (code === 'ENOENT') return 'de map bestaat niet (meer).'
  }
  return error instanceof Error ? error.message : String(error)
}

/**
 * Saving files through the native save dialog and opening them afterwards. The save dialog starts in
 * the folder last used for that kind of file (remembered in userData). Only files saved here may be
 * opened again with `openPath`, so the page can never make the shell open an arbitrary path.
 */
export function createDesktopFiles<Sender>(deps: DesktopFilesDeps<Sender>): DesktopFiles<Sender> {
  const saved = new Set<string>()

  const saveBytes: DesktopFiles<Sender>['saveBytes'] = async (sender, fileName, bytes, kind) => {
    const texts = deps.texts()
    const folder = deps.folders.lastFolder(kind) ?? deps.defaultFolder()
    let answer: SaveDialogAnswer
    try {
      answer = await deps.showSaveDialog(sender, saveDialogOptions(fileName, kind, folder, texts))
    } catch (error) {
      deps.log('De bewaardialoog kon niet worden getoond:', error)
      return { saved: false, error: texts.saveFailed(fileName, reasonOf(error)) }
    }
    if (answer.canceled || answer.filePath === undefined || answer.filePath === '') return { saved: false }
    const path = resolve(answer.filePath)
    try {
      await deps.writeFile(path, bytes)
    } catch (error) {
      deps.log(`Bewaren in ${path} mislukte:`, error)
      return { saved: false, error: texts.saveFailed(basename(path), reasonOf(error)) }
    }
    saved.add(path)
    if (!deps.folders.remember(kind, dirname(path))) deps.log('De laatst gebruikte map is niet onthouden.')
    return { saved: true, path }
  }

  return {
    saveBytes,
    saveFile: async (sender, input) => {
      const parsed = saveFileRequestSchema.safeParse(input)
      if (!parsed.success) return { saved: false, error: firstIssueMessage(parsed.error) }
      const { fileName, base64, kind } = parsed.data
      return saveBytes(sender, fileName, Buffer.from(base64, 'base64'), kind)
    },
    openPath: async (input) => {
      const texts = deps.texts()
      const parsed = openPathSchema.safeParse(input)
      if (!parsed.success) return { opened: false, error: firstIssueMessage(parsed.error) }
      const path = parsed.data
      if (!saved.has(path)) return { opened: false, error: texts.openRefused }
      try {
        const error = await deps.openPath(path)
        return error === '' ? { opened: true } : { opened: false, error: texts.openFailed(error) }
      } catch (error) {
        return { opened: false, error: texts.openFailed(reasonOf(error)) }
      }
    },
    wasSaved: (path) => saved.has(path),
  }
}
