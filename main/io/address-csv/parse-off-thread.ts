import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { timeSlices } from '../time-slices'
import { emptyCsvTable, parseAddressCsv, type ParsedAddressCsv } from './parse-address-csv'

/**
 * Memory for the worker's own heap. Reading a 30 MB file needs well under this; the limit keeps a
 * large file from growing the app's memory (the worker collects its garbage early instead).
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 8 }

/**
 * How to start the worker: the built `csv-worker.js` next to the bundle that holds this code (the
 * web host and the desktop app; Electron reads it from the app archive too), or, when running from
 * the sources (tests, tsx), the TypeScript file through tsx.
 */
function workerEntry(): { file: string } | { code: string } | undefined {
  const built = join(__dirname, 'csv-worker.js')
  if (existsSync(built)) return { file: built }
  const source = join(__dirname, 'csv-worker.ts')
  if (existsSync(source)) return { code: `require('tsx/cjs'); require(${JSON.stringify(source)})` }
  return undefined
}

/** Thrown when the worker could not read the file (out of memory, crashed). */
class WorkerFailed extends Error {
  constructor(readonly outOfMemory: boolean) {
    super(outOfMemory ? 'out of memory' : 'worker failed')
  }
}

function runWorker(entry: { file: string } | { code: string }, bytes: Uint8Array): Promise<ParsedAddressCsv> {
  return new Promise((resolve, reject) => {
    const worker =
      'file' in entry
        ? new Worker(entry.file, { resourceLimits: WORKER_LIMITS })
        : new Worker(entry.code, { eval: true, resourceLimits: WORKER_LIMITS })
    let settled = false
    worker.once('message', (parsed: ParsedAddressCsv) => {
      settled = true
      resolve(parsed)
      void worker.terminate()
    })
    worker.once('error', (error: NodeJS.ErrnoException) => {
      if (settled) return
      settled = true
      reject(new WorkerFailed(error.code === 'ERR_WORKER_OUT_OF_MEMORY'))
    })
    worker.once('exit', () => {
      if (!settled) reject(new WorkerFailed(false))
    })
    // Handed over, not copied: the bytes fill a buffer of their own.
    worker.postMessage(bytes, [bytes.buffer as ArrayBuffer])
  })
}

/** What the coach is told about a file too large to read. */
const TOO_LARGE =
  'Dit bestand is te groot of te ingewikkeld om in te lezen. Splits het in kleinere bestanden (bijvoorbeeld per woonplaats) en lees ze een voor een in.'

/**
 * Reads an address CSV (as base64) on a worker thread, so the app's event loop keeps answering other
 * calls while a large file is parsed, and the parsing's garbage stays in the worker's own, limited
 * heap. Where no worker can start, the file is read on this thread in short slices instead.
 */
export async function parseAddressCsvOffThread(base64: string): Promise<ParsedAddressCsv> {
  const entry = workerEntry()
  if (entry) {
    try {
      return await runWorker(entry, ownBytes(base64))
    } catch (error) {
      if (error instanceof WorkerFailed && error.outOfMemory) {
        return {
          rows: emptyCsvTable(),
          errors: [],
          fileError: TOO_LARGE,
          delimiter: ';',
          encoding: 'utf-8',
          columns: {},
        }
      }
    }
  }
  const slices = timeSlices()
  const bytes = ownBytes(base64)
  await slices.pause()
  return parseAddressCsv(bytes, slices)
}

/** The file's bytes in an ArrayBuffer of their own (a small Buffer may share Node's pool). */
function ownBytes(base64: string): Uint8Array {
  const decoded = Buffer.from(base64, 'base64')
  const own = new Uint8Array(decoded.byteLength)
  own.set(decoded)
  return own
}
