/**
 * A resident's words made safe for a slide: the redaction pass (shared/domain/redaction) removes
 * names, addresses, house numbers, phone numbers and e-mail addresses; long texts are cut at a
 * sentence end, so the quote stays readable on a beamer.
 */
export function anonymiseQuote(text: string, redact: (text: string) => string, maxLength = 260): string {
  return shorten(redact(text).replace(/\s+/g, ' ').trim(), maxLength)
}

function shorten(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text
  const cut = text.slice(0, maxLength)
  const sentenceEnd = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('! '), cut.lastIndexOf('? '))
  if (sentenceEnd > maxLength / 2) return cut.slice(0, sentenceEnd + 1)
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`
}
