import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { timeSlices, type TimeSlices } from '../time-slices'
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
  const slices = timeSlices()
  const entry = workerEntry()
  if (entry) {
    try {
      return await runWorker(entry, await bytesInSlices(base64, slices))
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
  // No worker (or it failed): the bytes went to it, so they are decoded again for this thread.
  const bytes = await bytesInSlices(base64, slices)
  await slices.pause()
  return parseAddressCsv(bytes, slices)
}

/** Base64 characters decoded per step (a multiple of 4, so every step ends on whole bytes). */
const BASE64_STEP = 4 * 1024 * 1024

/**
 * The file's bytes, decoded from base64 a few megabytes at a time with pauses in between, into an
 * ArrayBuffer of their own (so they can be handed to the worker). Text with anything but base64
 * characters in it is decoded in one go, as Node would.
 */
async function bytesInSlices(base64: string, slices: TimeSlices): Promise<Uint8Array> {
  if (base64.length <= BASE64_STEP || !/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) {
    const decoded = Buffer.from(base64, 'base64')
    const own = new Uint8Array(decoded.byteLength)
    own.set(decoded)
    return own
  }
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0
  const bytes = new Uint8Array(Math.floor((base64.length * 3) / 4) - padding)
  let offset = 0
  for (let start = 0; start < base64.length; start += BASE64_STEP) {
    await slices.maybePause()
    const piece = Buffer.from(base64.slice(start, start + BASE64_STEP), 'base64')
    bytes.set(piece, offset)
    offset += piece.byteLength
  }
  return offset === bytes.length ? bytes : bytes.subarray(0, offset)
}
