import { isBsn, isIban } from '../sensitive-text'

/**
 * Patterns for identifiers that have a shape of their own: e-mail addresses, bank accounts, phone
 * numbers and postcodes. Each `replace*` function replaces what it finds with `mark` and leaves the
 * rest of the text as it was.
 */

/** Not inside a word, an e-mail address or a longer number ("12-03-2026": no phone number starts at "03"). */
const notWordBefore = String.raw`(?<![\p{L}\p{N}_+@.])(?<!\p{N}[-./‐‑–])`
const notDigitAfter = String.raw`(?![\p{N}])`
/** Between two digits of a phone number: nothing, one or two spaces, or a dot, dash or slash with up to two spaces around it. */
const sep = String.raw`(?:[ \u00a0]{0,2}[-./‐‑‒–—][ \u00a0]{0,2}|[ \u00a0]{1,2})?`
/** A digit, perhaps closing or opening a bracket around an area code: "(0525) 123456". */
const digit = String.raw`\(?\d\)?`
/** A date (12-03-2026) or a time range (09.00 - 12.00) is not a phone number, however many digits it has. */
const notDateOrTime = String.raw`(?!\d{1,2}([-/.])\d{1,2}\1\d{2,4}(?!\d|\1\d))(?!\d{1,2}[.:][0-5]\d[ \u00a0]?(?:[-–]|uur|u\b|tot))`

const phonePatterns: readonly RegExp[] = [
  // +31 6 12345678, +31 (0)6-12 34 56 78, 0031 525 123456, +31 06 12345678
  new RegExp(
    String.raw`${notWordBefore}(?:\+|00)[ \u00a0]?31[ \u00a0]?(?:\(0\)|0)?${sep}\(?[1-9]\)?(?:${sep}${digit}){8}${notDigitAfter}`,
    'gu',
  ),
  // Other countries: +32 470 12 34 56, +49 30 1234567
  new RegExp(
    String.raw`${notWordBefore}\+[ \u00a0]?[1-9]\d{0,2}(?:${sep}${digit}){6,12}${notDigitAfter}`,
    'gu',
  ),
  // 06-12345678, 06 12 34 56 78, 0525-123456, (0525) 12 34 56, 020.123.45.67
  new RegExp(
    String.raw`${notWordBefore}${notDateOrTime}\(?0${sep}\(?[1-9]\)?(?:${sep}${digit}){8}${notDigitAfter}`,
    'gu',
  ),
]

/** Replaces Dutch (and other international) phone numbers in every usual spelling. */
export function replacePhoneNumbers(text: string, mark: string): string {
  let result = text
  for (const pattern of phonePatterns) result = result.replace(pattern, mark)
  return result
}

const emailPattern =
  /(?<![\p{L}\p{N}._%+'-])[\p{L}\p{N}._%+'-]+(?:@|[ \u00a0]?[[(]at[\])][ \u00a0]?)[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}])/giu

/** Replaces e-mail addresses, also written as "naam(at)domein.nl" or "naam [at] domein.nl". */
export function replaceEmailAddresses(text: string, mark: string): string {
  return text.replace(emailPattern, mark)
}

const ibanCandidate =
  /(?<![\p{L}\p{N}])[A-Za-z]{2}\d{2}(?:[ \u00a0]?[A-Za-z0-9]{4}){2,7}(?:[ \u00a0]?[A-Za-z0-9]{1,3})?(?![\p{L}\p{N}])/gu

/** Replaces IBANs whose check digits are right. */
export function replaceIbans(text: string, mark: string): string {
  return text.replace(ibanCandidate, (match) => (isIban(match) ? mark : match))
}

const bsnCandidate =
  /(?<![\p{L}\p{N}])\d{3}[ .]?\d{2}[ .]?\d{2}[ .]?\d{2}(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])\d{4}[ .]\d{2}[ .]\d{3}(?![\p{L}\p{N}])/gu

/** Replaces nine-digit numbers that pass the BSN eleven-test (written 123456782, 1234.56.782 or 123 45 67 82). */
export function replaceBsns(text: string, mark: string): string {
  return text.replace(bsnCandidate, (match) => (isBsn(match.replace(/[ .]/g, '')) ? mark : match))
}

/** Two-letter words that may follow a four-digit number in lower case without it being a postcode ("2026 en"). */
const twoLetterWords: ReadonlySet<string> = new Set(
  (
    'al af ad am an as at be by da de di do ee eh en er ex ga go ha he hi ho ie if ik in is it ja je jo ka ' +
    'la ma me my na no nu of oh ok om on op or pa pm re so st ta te to tv uw ui up us wc we wo ze zo zu'
  ).split(' '),
)
/** Units after a number in lower case ("1500 km", "2000mb"); in capitals these letters are a postcode. */
const units: ReadonlySet<string> = new Set(
  'km kg cm mm ml cl dl gr pk kw mb gb kb ms mg cc ct eu nl'.split(' '),
)

/** A house number right after a postcode: "8091 KR 14", "8091kr 14a", "8091 KR nr. 14-2" (not the next postcode). */
const houseNumberTail =
  /^[ \u00a0]{1,2}(?:(?:huisnummer|nummer|nr\.?)[ \u00a0]{0,2})?(?![1-9]\d{3}[ \u00a0]?[A-Za-z]{2}(?![\p{L}\p{N}]))\d{1,5}(?:[ \u00a0]?[A-Za-z](?![\p{L}\p{N}])|[ \u00a0]?[-/][ \u00a0]?\d{1,4})?(?![\p{L}\p{N}])/u
const postcodePattern = /(?<![\p{L}\p{N}])[1-9]\d{3}([ \u00a0]?)([A-Za-z]{2})(?![\p{L}\p{N}])/gu

function isPostcode(space: string, letters: string): boolean {
  if (letters === letters.toUpperCase()) return true
  const lower = letters.toLowerCase()
  return !units.has(lower) && !(space !== '' && twoLetterWords.has(lower))
}

/**
 * Replaces postcodes ("8091 KR", "8091kr", "8091 kr"), with a house number right after them
 * ("8091 KR 14") as an address. A four-digit number followed by an ordinary two-letter word or a
 * unit in lower case ("2026 en", "1500 km") is not a postcode.
 */
export function replacePostcodes(text: string, marks: { postcode: string; address: string }): string {
  let result = ''
  let at = 0
  for (const match of text.matchAll(postcodePattern)) {
    if (match.index < at || !isPostcode(match[1] ?? '', match[2] ?? '')) continue
    const end = match.index + match[0].length
    const tail = houseNumberTail.exec(text.slice(end))
    result += text.slice(at, match.index) + (tail ? marks.address : marks.postcode)
    at = end + (tail?.[0].length ?? 0)
  }
  return result + text.slice(at)
}
