import { createNameRedactor } from '../../../../shared/reports/name-redactor'

const houseNumber = String.raw`\s*(?:nr\.?|nummer)?\s*\d{1,5}(?:\s?[a-zA-Z](?![\p{L}]))?(?:[-/]\d{1,4})?`

/**
 * A resident's words made safe for a slide: names of residents become "een bewoner", a street name
 * followed by a house number keeps only the street, and loose house or phone numbers are left out.
 * Long texts are cut at a sentence end, so the quote stays readable on a beamer.
 */
export function anonymiseQuote(
  text: string,
  residentNames: readonly string[],
  streetNames: readonly string[],
  replacement: string,
  maxLength = 260,
): string {
  let quote = createNameRedactor(residentNames, replacement)(text)
  for (const street of streetNames.filter((name) => name.trim().length > 1)) {
    const escaped = street.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    quote = quote.replace(new RegExp(`(${escaped})${houseNumber}`, 'gu'), '$1')
  }
  quote = quote
    .replace(/(?:\+31|0)[\s-]?\d(?:[\s-]?\d){8}/g, '…')
    .replace(/\b(?:huisnummer|nummer|nr\.?)\s*\d{1,5}(?:\s?[a-zA-Z](?!\p{L}))?(?:[-/]\d{1,4})?/giu, '…')
    .replace(/\s+/g, ' ')
    .trim()
  return shorten(quote, maxLength)
}

function shorten(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text
  const cut = text.slice(0, maxLength)
  const sentenceEnd = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('! '), cut.lastIndexOf('? '))
  if (sentenceEnd > maxLength / 2) return cut.slice(0, sentenceEnd + 1)
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`
}
