import { join } from 'node:path'
import { type FileKind } from '../shared/api/shell-bridge'
import { extensionOf } from './shell-schemas'
import { type ShellTexts } from './shell-texts'

/** A file type filter of the save dialog. */
export interface FileFilter {
  name: string
  extensions: string[]
}

/** The options of Electron's `dialog.showSaveDialog` the shell uses. */
export interface SaveDialogOptionsLike {
  title: string
  defaultPath: string
  filters: FileFilter[]
  properties: ('createDirectory' | 'showOverwriteConfirmation')[]
}

/** What Electron's save dialog answers, reduced to what the shell reads. */
export interface SaveDialogAnswer {
  canceled: boolean
  filePath?: string
}

// Characters Windows (and partly macOS) refuse in a file name, and path separators.
const unsafeCharacters = /[\\/:*?"<>|]/g

/**
 * A suggested name made safe for every platform: no folders (a separator becomes "-"), none of the
 * characters Windows refuses, no leading dots or trailing dots and spaces.
 */
export function safeFileName(fileName: string): string {
  const cleaned = fileName
    .replace(unsafeCharacters, '-')
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '')
  return cleaned === '' ? 'bestand' : cleaned
}

/**
 * The save dialog for `fileName`: opens in `folder` (the last one used for this kind, or Documenten)
 * with the name filled in, filtered on the file's own type, asking before it overwrites.
 */
export function saveDialogOptions(
  fileName: string,
  kind: FileKind,
  folder: string,
  texts: ShellTexts,
): SaveDialogOptionsLike {
  const name = safeFileName(fileName)
  const extension = extensionOf(name)
  return {
    title: texts.saveTitle[kind],
    defaultPath: join(folder, name),
    filters: [
      { name: texts.fileTypes[extension] ?? extension.toUpperCase(), extensions: [extension] },
      { name: texts.allFiles, extensions: ['*'] },
    ],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  }
}
