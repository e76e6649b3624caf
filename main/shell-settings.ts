import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname, isAbsolute } from 'node:path'
import { z } from 'zod'
import { type FileKind, fileKinds } from '../shared/api/shell-bridge'

/** File name of the shell's own small settings inside the data folder. */
export const SHELL_SETTINGS_FILE = 'shell-settings.json'

const folder = z
  .string()
  .min(1)
  .max(4096)
  .refine((value) => isAbsolute(value) && !value.includes('\0'))

/** What the shell remembers between runs: the last folder a file of each kind was saved in. */
export const shellSettingsSchema = z.object({
  lastFolders: z.partialRecord(z.enum(fileKinds), folder).default({}),
})
/** The shell's remembered settings. */
export type ShellSettings = z.infer<typeof shellSettingsSchema>

/** Parses the file's text; anything damaged or foreign gives the defaults (nothing remembered). */
export function parseShellSettings(text: string): ShellSettings {
  try {
    const parsed = shellSettingsSchema.safeParse(JSON.parse(text))
    if (parsed.success) return parsed.data
  } catch {
    // Not JSON: fall through to the defaults.
  }
  return { lastFolders: {} }
}

/** Reads the remembered settings; a missing or damaged file means "nothing remembered". */
export function readShellSettings(filePath: string): ShellSettings {
  try {
    return parseShellSettings(readFileSync(filePath, 'utf8'))
  } catch {
    return { lastFolders: {} }
  }
}

/**
 * Remembers the settings (temp file, then rename, so a crash never leaves half a file). Losing them
 * is harmless, so a failure is answered as `false` rather than thrown.
 */
export function writeShellSettings(filePath: string, settings: ShellSettings): boolean {
  const temp = `${filePath}.${process.pid}.tmp`
  try {
    mkdirSync(dirname(filePath), { recursive: true })
    writeFileSync(temp, `${JSON.stringify(settings)}\n`, { encoding: 'utf8', mode: 0o600 })
    renameSync(temp, filePath)
    return true
  } catch {
    return false
  }
}

/** The last folder per kind of file, kept in `filePath` (shell-settings.json in userData). */
export interface FolderMemory {
  /** The folder the last file of `kind` was saved in, if any. */
  lastFolder(kind: FileKind): string | undefined
  /** Remembers `folderPath` for `kind`; answers false when it could not be written (harmless). */
  remember(kind: FileKind, folderPath: string): boolean
}

/** Builds the folder memory on `filePath`; reads the file each time, so it is never stale. */
export function createFolderMemory(filePath: string): FolderMemory {
  return {
    lastFolder: (kind) => readShellSettings(filePath).lastFolders[kind],
    remember: (kind, folderPath) => {
      const current = readShellSettings(filePath)
      const next: ShellSettings = { ...current, lastFolders: { ...current.lastFolders, [kind]: folderPath } }
      if (!folder.safeParse(folderPath).success) return false
      return writeShellSettings(filePath, next)
    },
  }
}
