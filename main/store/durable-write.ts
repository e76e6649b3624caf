import { randomBytes } from 'node:crypto'
import { basename, dirname, join } from 'node:path'
import { errorCode, type FileHandleLike, type FsOps } from './fs-ops'
import { PRIVATE_FILE_MODE } from './private-files'

/** How a durable write behaves; every field has a production default, tests shorten the waits. */
export interface DurableWriteOptions {
  fs: FsOps
  /** `process.platform`; folders are not fsynced on win32. */
  platform?: NodeJS.Platform
  /** Waits between rename attempts in ms; one more attempt than waits. */
  renameDelaysMs?: readonly number[]
  sleep?: (ms: number) => Promise<void>
}

/**
 * Waits between rename attempts: 10 attempts, about 1.8 s in total. Antivirus and indexers on Windows
 * hold a freshly written file for a moment, and rename then fails with EPERM, EBUSY or EACCES.
 */
export const DEFAULT_RENAME_DELAYS_MS: readonly number[] = [20, 40, 80, 160, 300, 300, 300, 300, 300]

const RETRYABLE_RENAME_CODES = new Set(['EPERM', 'EBUSY', 'EACCES'])
/** Folder fsync is not supported everywhere; these codes mean "not here", not "failed". */
const IGNORABLE_DIR_SYNC_CODES = new Set(['EISDIR', 'EPERM', 'EINVAL', 'EBADF', 'ENOTSUP', 'EACCES'])

/** What a durable write writes: text, bytes, or pieces of bytes to write one after the other. */
export type FileContent = string | Uint8Array | readonly Uint8Array[]

/** Pieces are copied into one buffer of this size and written from there: a large file is never copied whole. */
const CHUNK_BYTES = 1 << 20

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/** The unique temp file name for a write to `target`: `<name>.<pid>.<random>.tmp` in the same folder. */
export function tempPathFor(target: string): string {
  return join(dirname(target), `${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
}

/** True when `fileName` is a temp file left by {@link writeFileDurably} for a target named `targetName`. */
export function isTempFileFor(fileName: string, targetName: string): boolean {
  if (!fileName.startsWith(`${targetName}.`) || !fileName.endsWith('.tmp')) return false
  const middle = fileName.slice(targetName.length + 1, -'.tmp'.length)
  return /^\d+\.[0-9a-f]+$/.test(middle)
}

/**
 * Writes `data` to `target` so that after it resolves the new content survives a crash or power cut,
 * and at any moment the target holds either the old or the new content, never a mix:
 * unique temp file in the same folder, created readable by the owner only → write → fsync → rename
 * over the target (retried while the file is held, e.g. by antivirus) → fsync the folder where the OS
 * allows. On failure the temp file is removed and the error (a node system error) is thrown; the
 * target is then unchanged.
 */
export async function writeFileDurably(
  target: string,
  data: FileContent,
  options: DurableWriteOptions,
): Promise<void> {
  const { fs } = options
  const temp = tempPathFor(target)
  let handle: FileHandleLike | undefined
  try {
    // Created private (0600), so the file keeps that mode through the rename, at every write.
    handle = await fs.open(temp, 'wx', PRIVATE_FILE_MODE)
    await writeContent(handle, data)
    await handle.sync()
    const opened = handle
    handle = undefined
    await opened.close()
    await renameWithRetry(temp, target, options)
  } catch (error) {
    if (handle) await handle.close().catch(() => undefined)
    await fs.removeFile(temp).catch(() => undefined)
    throw error
  }
  await syncDirectory(dirname(target), options)
}

/**
 * Writes `data` through a fresh handle. Pieces are copied into one reused buffer of about a megabyte
 * and written from there; each `writeFile` on a handle continues where the previous one ended. Reusing
 * the buffer keeps a large write from allocating its size again in memory outside the heap, which
 * would make V8 collect garbage over and over.
 */
async function writeContent(handle: FileHandleLike, data: FileContent): Promise<void> {
  if (typeof data === 'string' || data instanceof Uint8Array) {
    await handle.writeFile(data)
    return
  }
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES)
  let used = 0
  const flush = async (): Promise<void> => {
    if (used > 0) await handle.writeFile(buffer.subarray(0, used))
    used = 0
  }
  for (const piece of data) {
    if (used + piece.byteLength > CHUNK_BYTES) await flush()
    if (piece.byteLength > CHUNK_BYTES) {
      await handle.writeFile(piece)
      continue
    }
    buffer.set(piece, used)
    used += piece.byteLength
  }
  await flush()
}

/**
 * Renames `from` to `to`, retrying EPERM/EBUSY/EACCES with growing waits (antivirus on Windows).
 * Throws the last error when every attempt failed.
 */
export async function renameWithRetry(from: string, to: string, options: DurableWriteOptions): Promise<void> {
  const delays = options.renameDelaysMs ?? DEFAULT_RENAME_DELAYS_MS
  const sleep = options.sleep ?? defaultSleep
  for (let attempt = 0; ; attempt++) {
    try {
      await options.fs.rename(from, to)
      return
    } catch (error) {
      const delay = delays[attempt]
      const code = errorCode(error)
      if (delay === undefined || code === undefined || !RETRYABLE_RENAME_CODES.has(code)) throw error
      await sleep(delay)
    }
  }
}

/**
 * Flushes a folder's entries (a rename) to the disk. Skipped on Windows, where folders cannot be
 * opened for fsync; "not supported" errors elsewhere are ignored.
 */
export async function syncDirectory(dir: string, options: DurableWriteOptions): Promise<void> {
  if ((options.platform ?? process.platform) === 'win32') return
  let handle: FileHandleLike | undefined
  try {
    handle = await options.fs.open(dir, 'r')
    await handle.sync()
  } catch (error) {
    const code = errorCode(error)
    if (code === undefined || !IGNORABLE_DIR_SYNC_CODES.has(code)) throw error
  } finally {
    if (handle) await handle.close().catch(() => undefined)
  }
}
