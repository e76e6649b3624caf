/** One level of the store file's indentation (`serialiseJson` writes `JSON.stringify(data, null, 2)`). */
const INDENT = '  '
const ELEMENT_INDENT = INDENT + INDENT
const COMMA_NEWLINE = Buffer.from(',\n')

/**
 * Serialises the store to exactly the bytes of {@link serialiseJson} (indented JSON ending in a
 * newline, UTF-8), but keeps the encoded text of every collection element (entity) by identity. With
 * structural sharing a change produces new objects only for what it touched, so a write encodes a few
 * entities and copies cached bytes for the rest, without building one huge string. Pass committed,
 * read-only data only: an entity mutated in place after it was cached would be written as it was.
 */
export class StoreSerialiser {
  private cache = new WeakMap<object, Buffer>()

  /** The file content for `data`: byte for byte `serialiseJson(data)` as UTF-8. */
  serialise(data: object): Buffer {
    return Buffer.concat(this.pieces(data))
  }

  /**
   * The same content as {@link serialise}, as the list of its pieces (mostly cached entity texts), so
   * a write can stream them without first joining a copy of the whole file.
   */
  pieces(data: object): Buffer[] {
    const pieces: Buffer[] = []
    let first = true
    for (const [key, value] of Object.entries(data)) {
      if (!Array.isArray(value)) {
        const text = JSON.stringify(value, null, 2) as string | undefined
        // JSON.stringify leaves out undefined values, functions and symbols at object level.
        if (text === undefined) continue
        pieces.push(
          Buffer.from(
            `${first ? '{\n' : ',\n'}${INDENT}${JSON.stringify(key)}: ${indentLines(text, INDENT)}`,
          ),
        )
        first = false
        continue
      }
      const head = `${first ? '{\n' : ',\n'}${INDENT}${JSON.stringify(key)}: `
      first = false
      if (value.length === 0) {
        pieces.push(Buffer.from(`${head}[]`))
        continue
      }
      pieces.push(Buffer.from(`${head}[\n`))
      for (let i = 0; i < value.length; i += 1) {
        if (i > 0) pieces.push(COMMA_NEWLINE)
        pieces.push(this.element(value[i]))
      }
      pieces.push(Buffer.from(`\n${INDENT}]`))
    }
    pieces.push(Buffer.from(first ? '{}\n' : '\n}\n'))
    return pieces
  }

  /** Forgets every cached text. */
  clear(): void {
    this.cache = new WeakMap()
  }

  private element(value: unknown): Buffer {
    const cacheable =
      typeof value === 'object' &&
      value !== null &&
      typeof (value as { toJSON?: unknown }).toJSON !== 'function'
    if (cacheable) {
      const cached = this.cache.get(value)
      if (cached) return cached
    }
    // Inside arrays, JSON.stringify writes undefined, functions and symbols as null.
    const text = (JSON.stringify(value, null, 2) as string | undefined) ?? 'null'
    const bytes = Buffer.from(ELEMENT_INDENT + indentLines(text, ELEMENT_INDENT))
    if (cacheable) this.cache.set(value, bytes)
    return bytes
  }
}

/** Indents every line but the first; JSON text never holds a raw newline inside a string. */
function indentLines(text: string, indent: string): string {
  return text.includes('\n') ? text.replace(/\n/g, `\n${indent}`) : text
}
