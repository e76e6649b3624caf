import { type Language } from '../../model/vocabulary'
import { addressSpans, type Span } from './address-spans'
import { foldWithOrigin, originalSpan } from './folded-text'
import {
  replaceBsns,
  replaceEmailAddresses,
  replaceIbans,
  replacePhoneNumbers,
  replacePostcodes,
} from './identifier-patterns'
import { nameTerms } from './name-terms'
import { type IndexedTerm, TermIndex, wordsIn } from './term-index'

/** What the redaction removes, each with a placeholder of its own. */
export type RedactionKind =
  'name' | 'phone' | 'email' | 'postcode' | 'address' | 'houseNumber' | 'iban' | 'bsn'

/** The readable placeholders per language: "[naam]", "[telefoonnummer]", … */
export const redactionPlaceholders: Readonly<Record<Language, Readonly<Record<RedactionKind, string>>>> = {
  nl: {
    name: '[naam]',
    phone: '[telefoonnummer]',
    email: '[e-mailadres]',
    postcode: '[postcode]',
    address: '[adres]',
    houseNumber: '[huisnummer]',
    iban: '[rekeningnummer]',
    bsn: '[BSN]',
  },
  en: {
    name: '[name]',
    phone: '[phone number]',
    email: '[e-mail address]',
    postcode: '[postcode]',
    address: '[address]',
    houseNumber: '[house number]',
    iban: '[bank account]',
    bsn: '[citizen service number]',
  },
}

/** What the programme knows that free text may mention: residents' names and the streets of its addresses. */
export interface RedactionTerms {
  /** Every registered resident name: addresses' resident names and ideas' initiator names. */
  residentNames: readonly string[]
  /** Street names of the programme's addresses: "<street> <number>" is an address even without a street ending. */
  streetNames: readonly string[]
}

/** How a redactor works. */
export interface RedactorOptions {
  language: Language
  /** Leave residents' names in (the coach asked for names); phone numbers, addresses and the rest still go. */
  keepNames?: boolean
}

const kinds: readonly RedactionKind[] = [
  'name',
  'phone',
  'email',
  'postcode',
  'address',
  'houseNumber',
  'iban',
  'bsn',
]
/** While redacting, each removal is one character from Unicode's private use area, so later steps never see the placeholder text. */
const markOf = (kind: RedactionKind): string => String.fromCharCode(0xe010 + kinds.indexOf(kind))
const anyMark = /[\ue010-\ue01f]/g
const repeatedMark = /([\ue010-\ue01f])(?:[ \u00a0-]+\1)+/g

/** Initials right before a name ("J.P. Jansen"): removed with it. */
const initialsBefore = /(?<![\p{L}\p{N}])(?:\p{Lu}\.[ \u00a0]?){1,4}$/u

/**
 * Creates the one redaction pass every output that claims to be anonymised uses. It removes, in free
 * text: phone numbers in every usual spelling, e-mail addresses, IBANs and BSNs, postcodes (with or
 * without a house number), a street of the programme or any word shaped like a Dutch street name
 * followed by a house number, house numbers named as such, and every registered resident's names as
 * whole words (first names and surnames, with their tussenvoegsels, accent- and case-insensitive,
 * with initials in front; the last part of a surname without its tussenvoegsel only where it starts
 * with a capital: "Berg", not "de berg op"). Each removal becomes a readable placeholder such as
 * "[naam]". Names that are also ordinary words ("Bakker", "Visser") are removed too. Deterministic
 * (name indexes are only cached); the result of a result does not change again.
 */
export function createRedactor(terms: RedactionTerms, options: RedactorOptions): (text: string) => string {
  const placeholders = redactionPlaceholders[options.language]
  const names = options.keepNames ? new TermIndex([]) : nameIndex(terms.residentNames)
  const streets = new TermIndex(streetTerms(terms.streetNames))
  return (text) => {
    if (text === '') return text
    let marked = text.replace(anyMark, '')
    marked = replaceEmailAddresses(marked, markOf('email'))
    marked = replaceIbans(marked, markOf('iban'))
    marked = replacePhoneNumbers(marked, markOf('phone'))
    marked = replaceBsns(marked, markOf('bsn'))
    marked = replacePostcodes(marked, { postcode: markOf('postcode'), address: markOf('address') })
    marked = replaceWords(marked, streets, names)
    return marked.replace(repeatedMark, '$1').replace(anyMark, (mark) => {
      const kind = kinds[mark.charCodeAt(0) - 0xe010]
      return kind === undefined ? '' : placeholders[kind]
    })
  }
}

/** The last few name indexes: a programme's reports, slides and exports reuse the same thousands of names. */
const recentNameIndexes = new Map<string, TermIndex>()

function nameIndex(residentNames: readonly string[]): TermIndex {
  const key = residentNames.join('\u0000')
  const known = recentNameIndexes.get(key)
  if (known) return known
  const index = new TermIndex(residentNames.flatMap((name) => nameTerms(name)))
  recentNameIndexes.set(key, index)
  if (recentNameIndexes.size > 4) recentNameIndexes.delete(recentNameIndexes.keys().next().value ?? '')
  return index
}

function streetTerms(streetNames: readonly string[]): IndexedTerm[] {
  return streetNames
    .map((name) => foldWithOrigin(name))
    .map((folded) => ({ words: wordsIn(folded).map((word) => word.text), capitalOnly: false }))
    .filter((term) => term.words.length > 0)
}

/** Replaces addresses, house numbers and names, found on the folded words of the text. */
function replaceWords(text: string, streets: TermIndex, names: TermIndex): string {
  const folded = foldWithOrigin(text)
  const words = wordsIn(folded)
  if (words.length === 0) return text
  const spans: Span[] = addressSpans(folded, words, streets)
  for (const match of names.find(folded, words))
    spans.push({ start: match.start, end: match.end, kind: 'name' })
  if (spans.length === 0) return text
  spans.sort((a, b) => a.start - b.start || b.end - a.end)
  let result = ''
  let at = 0
  for (const span of spans) {
    const [spanStart, end] = originalSpan(folded, span.start, span.end)
    let start = spanStart
    if (start < at) continue
    if (span.kind === 'name') {
      const initials = initialsBefore.exec(text.slice(at, start))
      if (initials) start -= initials[0].length
    }
    result += text.slice(at, start) + markOf(span.kind)
    at = end
  }
  return result + text.slice(at)
}
