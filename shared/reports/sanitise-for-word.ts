/**
 * Characters XML 1.0 (and so Word) cannot hold: C0 controls other than tab, line feed and carriage
 * return, lone surrogate halves, and the non-characters U+FFFE and U+FFFF. Without the `u` flag the
 * pattern works on UTF-16 code units, so a high half not followed by a low half (or the other way
 * round) matches, while a valid pair does not.
 */
const forbidden =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * Makes text from the store safe for a Word document: removes what XML 1.0 forbids (control
 * characters, U+FFFE/U+FFFF, lone surrogates), turns Windows and old Mac line ends into "\n" and
 * composes accents (NFC). Idempotent: sanitising twice gives the same text.
 */
export function sanitiseForWord(text: string): string {
  return text.replace(forbidden, '').replace(/\r\n?/g, '\n').normalize('NFC')
}

/** True when `text` holds nothing Word cannot store. */
export function isWordSafe(text: string): boolean {
  forbidden.lastIndex = 0
  return !forbidden.test(text) && !text.includes('\r')
}
