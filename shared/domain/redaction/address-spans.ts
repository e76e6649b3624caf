import { type FoldedText } from './folded-text'
import { nameParticles } from './name-terms'
import { startsWithCapital, type TermIndex, type Word } from './term-index'

/** A part of the folded text to replace, and with what kind of placeholder. */
export interface Span {
  start: number
  end: number
  kind: 'address' | 'houseNumber' | 'name'
}

/** Street-name endings that make "<word><ending> 14" an address whatever its case ("dorpsstraat 14"). */
const streetEndings = [
  'straat',
  'str',
  'laan',
  'plein',
  'dreef',
  'singel',
  'kade',
  'gracht',
  'steeg',
  'plantsoen',
  'allee',
  'boulevard',
  'dijk',
  'weg',
  'pad',
  'hof',
  'erf',
  'markt',
  'wal',
  'kanaal',
  'haven',
  'promenade',
  'passage',
  'gaarde',
  'hoven',
  'hoeve',
  'brink',
]

/** Endings that are an address only when the word starts with a capital ("Stationspark 3", not "moestuin 2"). */
const capitalStreetEndings = [
  'park',
  'veld',
  'velden',
  'tuin',
  'tuinen',
  'dam',
  'berg',
  'bos',
  'baan',
  'akker',
  'akkers',
  'zoom',
  'oord',
  'horst',
  'kamp',
  'kampen',
  'hoek',
  'hout',
  'rade',
  'heuvel',
  'poort',
  'vliet',
  'wetering',
  'vaart',
  'sloot',
  'stede',
  'weide',
  'beek',
  'dal',
  'donk',
  'heide',
  'erve',
  'meent',
  'burg',
  'drift',
  'zijde',
  'einde',
  'eind',
  'dorp',
  'veen',
  'kant',
  'molen',
  'water',
  'wijk',
]

/** Ordinary words with a street ending. */
const notStreets: ReadonlySet<string> = new Set(['onderweg', 'halfweg', 'zoweg', 'vanweg'])

/** A house number right after a street: "14", "14a", "14 A", "14-2", "nr. 14", "14 t/m 18". */
const houseNumberAfterStreet =
  /^\.?[ ]{0,2},?[ ]{0,2}(?:(?:huisnummer|nummer|nr\.?)[ ]{0,2})?\d{1,5}(?:[ ]?[a-z](?![\p{L}\p{N}/])|[ ]?[-/][ ]?\d{1,4}(?![\p{N}])|[ ]?-?[ ]?(?:hs|bis|bg|i{1,3}|iv)(?![\p{L}\p{N}]))?(?:[ ]?(?:-|en|t\/m|tot)[ ]?\d{1,5}[a-z]?(?![\p{L}\p{N}]))?(?![\p{L}\p{N}])/u

/** "nummer 14", "huisnummer 14", "nr. 14a" without a street. */
const houseNumberPhrase =
  /(?<![\p{L}\p{N}])(?:huisnummer|huisnr\.?|nummer|nr\.?)[ ]{0,2}\d{1,5}(?:[ ]?[a-z](?![\p{L}\p{N}])|[ ]?[-/][ ]?\d{1,4})?(?![\p{N}])/gu

function looksLikeStreet(text: FoldedText, word: Word): boolean {
  if (notStreets.has(word.text)) return false
  const ending = streetEndings.find((end) => word.text.endsWith(end))
  if (ending !== undefined && word.text.length >= ending.length + 2) return true
  const capital = startsWithCapital(text, word.start)
  if (ending !== undefined && word.text === ending) return capital
  return capital && capitalStreetEndings.some((end) => word.text.endsWith(end))
}

/**
 * Where a street name with capitals in front of it starts: "Burgemeester de Withstraat" from
 * "Withstraat", "Van Goghstraat" from "Goghstraat"; at most three words back, and tussenvoegsels only
 * when a capitalised word stands before them.
 */
function streetStart(text: FoldedText, words: readonly Word[], index: number): number {
  let start = index
  for (let j = index - 1; j >= 0 && j >= index - 3; j--) {
    const word = words[j]
    const next = words[j + 1]
    if (!word || !next || !/^[ -]+$/.test(text.folded.slice(word.end, next.start))) break
    // A single capital is a house-number addition or an initial, not part of a street name.
    if (word.text.length > 1 && startsWithCapital(text, word.start)) start = j
    else if (!nameParticles.has(word.text)) break
  }
  return start
}

/** The end of a house number that starts at folded position `at`, or undefined when none does. */
function houseNumberEnd(text: FoldedText, at: number): number | undefined {
  const match = houseNumberAfterStreet.exec(text.folded.slice(at))
  return match ? at + match[0].length : undefined
}

/**
 * Addresses in a text: a street of the programme (from `streets`) or a word shaped like a Dutch
 * street name ("…straat", "…weg", "…laan", "Brink"), followed by a house number; and house numbers
 * named as such ("nummer 14").
 */
export function addressSpans(text: FoldedText, words: readonly Word[], streets: TermIndex): Span[] {
  const spans: Span[] = []
  for (const match of streets.find(text, words)) {
    const end = houseNumberEnd(text, match.end)
    if (end !== undefined)
      spans.push({
        start: words[streetStart(text, words, match.first)]?.start ?? match.start,
        end,
        kind: 'address',
      })
  }
  words.forEach((word, index) => {
    if (!looksLikeStreet(text, word)) return
    const end = houseNumberEnd(text, word.end)
    if (end !== undefined)
      spans.push({ start: words[streetStart(text, words, index)]?.start ?? word.start, end, kind: 'address' })
  })
  for (const match of text.folded.matchAll(houseNumberPhrase))
    spans.push({ start: match.index, end: match.index + match[0].length, kind: 'houseNumber' })
  return spans
}
