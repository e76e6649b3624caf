/** One level of the store file's indentation (`serialiseJson` writes `JSON.stringify(data, null, 2)`). */
const INDENT = '  '
const ELEMENT_INDENT = INDENT + INDENT
const COMMA_NEWLINE = Buffer.from(',\n')

/** Elements per cached block of a collection's text. */
const BLOCK_SIZE = 256

/** The cached text of one collection: the array it was made from and the text of each block. */
interface CollectionText {
  elements: readonly unknown[]
  blocks: Buffer[]
}

/**
 * Serialises the store to exactly the bytes of {@link serialiseJson} (indented JSON ending in a
 * newline, UTF-8), but keeps the encoded text of every collection in blocks of 256 elements. With
 * structural sharing a change produces new objects only for what it touched, so a write compares the
 * elements by identity, encodes the one or two blocks that changed and reuses the rest, without
 * building one huge string. Pass committed, read-only data only: an element mutated in place after it
 * was cached would be written as it was.
 */
export class StoreSerialiser {
  private collections = new Map<string, CollectionText>()

  /** The file content for `data`: byte for byte `serialiseJson(data)` as UTF-8. */
  serialise(data: object): Buffer {
    return Buffer.concat(this.pieces(data))
  }

  /**
   * The same content as {@link serialise}, as the list of its pieces (mostly cached blocks), so a
   * write can stream them without first joining a copy of the whole file.
   */
  pieces(data: object): Buffer[] {
    const pieces: Buffer[] = []
    const seen = new Set<string>()
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
      seen.add(key)
      pieces.push(Buffer.from(`${head}[\n`))
      this.collectionBlocks(key, value).forEach((block, i) => {
        if (i > 0) pieces.push(COMMA_NEWLINE)
        pieces.push(block)
      })
      pieces.push(Buffer.from(`\n${INDENT}]`))
    }
    pieces.push(Buffer.from(first ? '{}\n' : '\n}\n'))
    for (const key of this.collections.keys()) if (!seen.has(key)) this.collections.delete(key)
    return pieces
  }

  /** Forgets every cached text. */
  clear(): void {
    this.collections = new Map()
  }

  /**
   * Encodes `data`'s collections ahead of the first write, a block per call of the answered step
   * function (which answers false once everything is encoded). A collection counts once all its blocks
   * are done; a write in between simply encodes what is not done yet itself.
   */
  prepare(data: object): () => boolean {
    const lists = Object.entries(data).filter(
      (entry): entry is [string, unknown[]] => Array.isArray(entry[1]) && entry[1].length > 0,
    )
    let list = 0
    let blocks: Buffer[] = []
    return () => {
      const current = lists[list]
      if (current === undefined) return false
      const [key, elements] = current
      if (this.collections.get(key)?.elements === elements) {
        list += 1
        return list < lists.length
      }
      const start = blocks.length * BLOCK_SIZE
      blocks.push(Buffer.from(encodeRange(elements, start, Math.min(start + BLOCK_SIZE, elements.length))))
      if (blocks.length * BLOCK_SIZE >= elements.length) {
        this.collections.set(key, { elements, blocks })
        blocks = []
        list += 1
      }
      return list < lists.length
    }
  }

  /** The blocks of a collection's text, reusing every block whose elements are the same objects. */
  private collectionBlocks(key: string, elements: readonly unknown[]): Buffer[] {
    const previous = this.collections.get(key)
    if (previous?.elements === elements) return previous.blocks
    const blocks: Buffer[] = []
    for (let start = 0; start < elements.length; start += BLOCK_SIZE) {
      const end = Math.min(start + BLOCK_SIZE, elements.length)
      const cached = previous?.blocks[start / BLOCK_SIZE]
      blocks.push(
        cached && previous && sameRange(previous.elements, elements, start, end)
          ? cached
          : Buffer.from(encodeRange(elements, start, end)),
      )
    }
    this.collections.set(key, { elements, blocks })
    return blocks
  }
}

/** True when both lists hold the same elements (by identity) from `start` to `end`, and no more. */
function sameRange(
  before: readonly unknown[],
  after: readonly unknown[],
  start: number,
  end: number,
): boolean {
  if (Math.min(start + BLOCK_SIZE, before.length) !== end) return false
  for (let i = start; i < end; i += 1) if (before[i] !== after[i]) return false
  return true
}

/** The indented text of elements `start` to `end`, separated as JSON.stringify(list, null, 2) does. */
function encodeRange(elements: readonly unknown[], start: number, end: number): string {
  const texts: string[] = []
  for (let i = start; i < end; i += 1) {
    // Inside arrays, JSON.stringify writes undefined, functions and symbols as null.
    const text = (JSON.stringify(elements[i], null, 2) as string | undefined) ?? 'null'
    texts.push(ELEMENT_INDENT + indentLines(text, ELEMENT_INDENT))
  }
  return texts.join(',\n')
}

/** Indents every line but the first; JSON text never holds a raw newline inside a string. */
function indentLines(text: string, indent: string): string {
  return text.includes('\n') ? text.replace(/\n/g, `\n${indent}`) : text
}
