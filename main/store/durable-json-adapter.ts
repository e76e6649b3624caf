import { type Adapter } from 'lowdb'
import { writeFileDurably, type DurableWriteOptions, type FileContent } from './durable-write'
import { errorCode, nodeFsOps } from './fs-ops'
import { parseJsonSafely, serialiseJson } from './safe-json'

/** Options of {@link DurableJsonAdapter}; `fs` defaults to node:fs/promises. */
export interface DurableJsonAdapterOptions<T> extends Partial<DurableWriteOptions> {
  /**
   * Turns the parsed JSON into `T` (validation, migration), throwing when it cannot. Without it the
   * parsed value is returned as is.
   */
  decode?: (value: unknown) => T
}

/**
 * A lowdb adapter that writes durably: unique temp file → fsync → rename (with retries) → folder
 * fsync, so an acknowledged write survives a crash and the file is never half written. lowdb's own
 * steno writer does not fsync, hence this adapter.
 */
export class DurableJsonAdapter<T> implements Adapter<T> {
  readonly filePath: string
  private readonly options: DurableWriteOptions
  private readonly decode: ((value: unknown) => T) | undefined

  constructor(filePath: string, options: DurableJsonAdapterOptions<T> = {}) {
    this.filePath = filePath
    this.decode = options.decode
    this.options = { ...options, fs: options.fs ?? nodeFsOps }
  }

  /**
   * Reads and parses the file; `null` when it does not exist. Throws when the content is not JSON
   * (or contains `__proto__`/`constructor` keys) or when `decode` refuses it.
   */
  async read(): Promise<T | null> {
    let bytes: Uint8Array
    try {
      bytes = await this.options.fs.readFile(this.filePath)
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null
      throw error
    }
    const parsed = parseJsonSafely(bytes)
    if (!parsed.ok) throw new Error(`${this.filePath} is geen leesbare JSON (${parsed.failure.reason})`)
    return this.decode ? this.decode(parsed.value) : (parsed.value as T)
  }

  /** Serialises `data` and writes it durably; resolves only once it is on disk. */
  async write(data: T): Promise<void> {
    await this.writeText(serialiseJson(data))
  }

  /**
   * Writes already serialised content durably: text, bytes, or the pieces of the content in order
   * (the store's cached entity texts, streamed without joining them first).
   */
  async writeText(content: FileContent): Promise<void> {
    await writeFileDurably(this.filePath, content, this.options)
  }
}
