import { isUtf8 } from 'node:buffer'
/** Keys that could reach Object.prototype when a parsed object is later merged or spread. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/** Why bytes could not be turned into a JSON value. */
export type JsonParseFailure =
  | { reason: 'empty' }
  | { reason: 'not-utf8' }
  | { reason: 'syntax'; detail: string }
  | { reason: 'forbidden-key'; key: string }

/** The result of {@link parseJsonSafely}. */
export type JsonParseResult = { ok: true; value: unknown } | { ok: false; failure: JsonParseFailure }

class ForbiddenKeyError extends Error {
  constructor(readonly key: string) {
    super(`forbidden key ${key}`)
  }
}

/**
 * Decodes UTF-8 bytes (a leading BOM, as Notepad writes, is accepted) and parses them as JSON.
 * Objects with a `__proto__`, `constructor` or `prototype` key are refused, so nothing parsed here
 * can ever pollute Object.prototype later on. Never throws.
 */
export function parseJsonSafely(bytes: Uint8Array): JsonParseResult {
  // isUtf8 (SIMD) + toString is several times faster than a fatal TextDecoder on a large file.
  if (!isUtf8(bytes)) return { ok: false, failure: { reason: 'not-utf8' } }
  let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  if (text.trim() === '') return { ok: false, failure: { reason: 'empty' } }
  try {
    // Fast path: without these words (and without \u escapes that could spell them) no forbidden key
    // can occur, so the much slower reviver is not needed.
    if (!mayHoldForbiddenKey(text)) return { ok: true, value: JSON.parse(text) as unknown }
    const value: unknown = JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKeyError(key)
      return value
    })
    return { ok: true, value }
  } catch (error) {
    if (error instanceof ForbiddenKeyError)
      return { ok: false, failure: { reason: 'forbidden-key', key: error.key } }
    return {
      ok: false,
      failure: { reason: 'syntax', detail: error instanceof Error ? error.message : String(error) },
    }
  }
}

function mayHoldForbiddenKey(text: string): boolean {
  return (
    text.includes('\\u') ||
    text.includes('__proto__') ||
    text.includes('constructor') ||
    text.includes('prototype')
  )
}

/** The store's on-disk form: indented JSON (readable for support) ending in a newline. */
export function serialiseJson(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`
}
