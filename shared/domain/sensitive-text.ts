/**
 * Spots personal numbers in free text (door notes), so the coach is warned before saving something
 * that does not belong in a note: a BSN, an IBAN or a phone number.
 */

/** What kind of sensitive number a text seems to contain. */
export type SensitiveKind = 'bsn' | 'iban' | 'telefoon'

/** True for a nine-digit number that passes the BSN eleven-test. */
export function isBsn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false
  let sum = 0
  for (let i = 0; i < 8; i += 1) sum += Number(digits[i]) * (9 - i)
  sum -= Number(digits[8])
  return sum % 11 === 0 && sum !== 0
}

/** True for an IBAN (any country) whose mod-97 check is right. */
export function isIban(text: string): boolean {
  const compact = text.replace(/\s+/g, '').toUpperCase()
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(compact)) return false
  const rearranged = compact.slice(4) + compact.slice(0, 4)
  let remainder = 0
  for (const char of rearranged) {
    const value = /[A-Z]/.test(char) ? String(char.charCodeAt(0) - 55) : char
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97
  }
  return remainder === 1
}

const phonePattern = /(?:\+31|0031|\b0)[\s-]?(?:6[\s-]?(?:\d[\s-]?){8}|[1-9](?:[\s-]?\d){8})\b/

/** The kinds of sensitive numbers found in a text (empty when none). */
export function findSensitiveNumbers(text: string): SensitiveKind[] {
  const found = new Set<SensitiveKind>()
  for (const match of text.matchAll(/\b\d[\d.\s]{7,11}\d\b/g)) {
    if (isBsn(match[0].replace(/[.\s]/g, ''))) found.add('bsn')
  }
  let rest = text
  for (const match of text.matchAll(
    /\b[A-Za-z]{2}\d{2}(?:\s?[A-Za-z0-9]{4}){2,7}(?:\s?[A-Za-z0-9]{1,3})?\b/g,
  )) {
    if (!isIban(match[0])) continue
    found.add('iban')
    // An IBAN's digit groups must not count as a phone number as well.
    rest = rest.replace(match[0], ' ')
  }
  if (phonePattern.test(rest)) found.add('telefoon')
  return [...found]
}
