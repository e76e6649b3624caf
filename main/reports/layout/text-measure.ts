import { arialWidths } from './arial-widths'

/** One of Arial's four faces. */
export type FontFace = keyof typeof arialWidths

/** Text as it is set: its face and size in half-points. */
export interface FontSpec {
  size: number
  bold?: boolean
  italic?: boolean
}

const UNITS_PER_EM = 2048
/** A character the width tables do not hold is drawn in another font; count it a full em wide. */
const UNKNOWN_WIDTH = UNITS_PER_EM

const lookups: Record<FontFace, Map<number, number>> = {
  regular: new Map(),
  bold: new Map(),
  italic: new Map(),
  boldItalic: new Map(),
}
for (const face of Object.keys(arialWidths) as FontFace[]) {
  for (const [first, widths] of arialWidths[face]) {
    widths.forEach((width, i) => {
      if (width > 0) lookups[face].set(first + i, width)
    })
  }
}

function faceOf(font: FontSpec): FontFace {
  if (font.bold) return font.italic ? 'boldItalic' : 'bold'
  return font.italic ? 'italic' : 'regular'
}

/** The width of text on one line in DXA, in Arial (as LibreOffice draws it with Liberation Sans). */
export function textWidth(text: string, font: FontSpec): number {
  const widths = lookups[faceOf(font)]
  let units = 0
  for (const char of text) units += widths.get(char.codePointAt(0) ?? 0) ?? UNKNOWN_WIDTH
  return (units * font.size * 10) / UNITS_PER_EM
}

/** The widest word of the text in DXA: the narrowest a column can be without breaking a word. */
export function longestWordWidth(text: string, font: FontSpec): number {
  let widest = 0
  for (const word of breakPieces(text)) widest = Math.max(widest, textWidth(word.text, font))
  return widest
}

interface Piece {
  text: string
  /** Spaces before the piece on the same line (none after a hyphen break). */
  spaceBefore: string
}

/**
 * The text cut where a line may break: at spaces, and after a hyphen between letters
 * ("Jeu-de-boulesbaan"), as LibreOffice and Word break lines. Not after a slash: LibreOffice keeps
 * a web address together where it can, and counting fewer places to break errs on the safe side.
 */
function breakPieces(text: string): Piece[] {
  const pieces: Piece[] = []
  const pattern = /( *)([^ ]+)/g
  for (const match of text.matchAll(pattern)) {
    const spaces = match[1] ?? ''
    const word = match[2] ?? ''
    const parts = word.split(/(?<=\p{L}-)(?=\p{L})/u)
    parts.forEach((part, i) => pieces.push({ text: part, spaceBefore: i === 0 ? spaces : '' }))
  }
  return pieces
}

/** Lines a word wider than the line takes when it is broken between characters. */
function brokenWordLines(word: string, font: FontSpec, width: number): { lines: number; rest: number } {
  let lines = 0
  let current = 0
  for (const char of word) {
    const w = textWidth(char, font)
    if (current > 0 && current + w > width) {
      lines += 1
      current = 0
    }
    current += w
  }
  return { lines, rest: current }
}

/**
 * The number of lines text takes in a column `width` DXA wide: each line of the text (split at "\n")
 * filled word by word, as LibreOffice fills a line. An empty text takes one line.
 */
export function countLines(text: string, font: FontSpec, width: number): number {
  const space = textWidth(' ', font)
  let total = 0
  for (const line of text.split('\n')) {
    let lines = 1
    let current = 0
    for (const piece of breakPieces(line)) {
      const w = textWidth(piece.text, font)
      const gap = piece.spaceBefore.length * space
      if (current > 0 && current + gap + w <= width) {
        current += gap + w
        continue
      }
      if (current > 0) lines += 1
      if (w <= width) current = w
      else {
        const broken = brokenWordLines(piece.text, font, width)
        lines += broken.lines
        current = broken.rest
      }
    }
    total += lines
  }
  return total
}
