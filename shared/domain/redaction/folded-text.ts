/**
 * Text folded for matching names and street names (lower case, accents and ligatures removed,
 * typographic apostrophes and dashes made plain, every space one space) together with where each
 * folded character came from, so a match in the folded text can be cut out of the original.
 */
export interface FoldedText {
  readonly original: string
  readonly folded: string
  /** `origin[i]` is the index in `original` of the character folded position `i` came from; one extra entry at the end. */
  readonly origin: readonly number[]
}

/** Letters that do not fall apart into a base letter and an accent. */
const special: Readonly<Record<string, string>> = {
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ø: 'o',
  Ø: 'o',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  Ð: 'd',
  þ: 'th',
  Þ: 'th',
  ı: 'i',
  ĳ: 'ij',
  Ĳ: 'ij',
}

const apostrophes = /['‘’‛`´ʼ′]/
const dashes = /[-‐‑‒–—―]/
const space = /\s/
const marks = /\p{M}/gu

function foldChar(char: string): string {
  const mapped = special[char]
  if (mapped !== undefined) return mapped
  if (apostrophes.test(char)) return "'"
  if (dashes.test(char)) return '-'
  if (space.test(char)) return ' '
  return char.normalize('NFD').toLowerCase().replace(marks, '')
}

const plainAscii = /^[\t\n\r\x20-\x7e]*$/

/** Folds `text` and keeps the way back to the original (see {@link FoldedText}). */
export function foldWithOrigin(text: string): FoldedText {
  if (plainAscii.test(text)) {
    // Most text is plain ASCII: every character folds to one character in the same place.
    const origin = Array.from({ length: text.length + 1 }, (_, i) => i)
    return {
      original: text,
      folded: text
        .toLowerCase()
        .replace(/[\t\n\r]/g, ' ')
        .replace(/`/g, "'"),
      origin,
    }
  }
  const pieces: string[] = []
  const origin: number[] = []
  let index = 0
  for (const char of text) {
    const piece = foldChar(char)
    pieces.push(piece)
    for (let i = 0; i < piece.length; i++) origin.push(index)
    index += char.length
  }
  origin.push(text.length)
  return { original: text, folded: pieces.join(''), origin }
}

/** Folds a term (a name, a street) the same way, without the way back. */
export function foldTerm(text: string): string {
  if (plainAscii.test(text))
    return text
      .toLowerCase()
      .replace(/[\t\n\r]/g, ' ')
      .replace(/`/g, "'")
  let folded = ''
  for (const char of text) folded += foldChar(char)
  return folded
}

/** The original span of folded positions `[start, end)`. */
export function originalSpan(text: FoldedText, start: number, end: number): [number, number] {
  return [text.origin[start] ?? text.original.length, text.origin[end] ?? text.original.length]
}
