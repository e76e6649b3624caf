import * as fsp from 'node:fs/promises'

/** The part of an open file the store uses: write everything, flush it to the disk, close. */
export interface FileHandleLike {
  writeFile(data: string | Uint8Array): Promise<void>
  sync(): Promise<void>
  close(): Promise<void>
}

/** A file or folder as the store sees it. */
export interface FileStat {
  size: number
  mtimeMs: number
  isFile(): boolean
}

/**
 * Every filesystem call the store makes. Production code uses {@link nodeFsOps}; fault tests pass a
 * wrapper that throws EPERM, EBUSY, ENOSPC or EROFS at the moment they want.
 */
export interface FsOps {
  /**
   * Opens a file; `flags` as in node (`'wx'` to create a new file, `'r'` to open a folder for fsync),
   * `mode` the permissions a new file is created with.
   */
  open(path: string, flags: string, mode?: number): Promise<FileHandleLike>
  readFile(path: string): Promise<Uint8Array>
  rename(from: string, to: string): Promise<void>
  /** Removes a file; a missing file is not an error. */
  removeFile(path: string): Promise<void>
  readdir(path: string): Promise<string[]>
  /** Creates a folder and any missing parents, private to the owner (0700) where the OS has modes. */
  mkdir(path: string): Promise<void>
  /** The file's size and modification time, or `undefined` when it does not exist. */
  stat(path: string): Promise<FileStat | undefined>
}

/** The real filesystem (node:fs/promises). */
export const nodeFsOps: FsOps = {
  open: (path, flags, mode) => fsp.open(path, flags, mode),
  readFile: (path) => fsp.readFile(path),
  rename: (from, to) => fsp.rename(from, to),
  removeFile: (path) => fsp.rm(path, { force: true }),
  readdir: (path) => fsp.readdir(path),
  mkdir: async (path) => {
    await fsp.mkdir(path, { recursive: true, mode: 0o700 })
  },
  stat: async (path) => {
    try {
      return await fsp.stat(path)
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return undefined
      throw error
    }
  },
}

/** The `code` of a node system error (`'ENOENT'`, `'EPERM'`, ...), if it has one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code
    return typeof code === 'string' ? code : undefined
  }
  return undefined
}
