/** Opening quotation marks a coach may type around a resident's words, each with its closing marks. */
const QUOTE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['"', '"'],
  ["'", "'"],
  ['“', '”'],
  ['„', '”'],
  ['„', '“'],
  ['‘', '’'],
  ['‚', '’'],
  ['«', '»'],
  ['»', '«'],
]

/**
 * A resident's words without the quotation marks the coach typed around them, so a screen that sets
 * its own marks does not double them (`"Meer bankjes"` → `Meer bankjes`). Marks inside the text stay;
 * only one matching pair around the whole text is taken off. Spaces at both ends are trimmed.
 */
export function withoutOuterQuotes(text: string): string {
  const trimmed = text.trim()
  for (const [open, close] of QUOTE_PAIRS) {
    if (trimmed.length >= 2 && trimmed.startsWith(open) && trimmed.endsWith(close)) {
      const inner = trimmed.slice(open.length, trimmed.length - close.length)
      // `"a" en "b"` is two quotes, not one quoted text: leave it as it is.
      if (inner.includes(open) || inner.includes(close)) continue
      return inner.trim()
    }
  }
  return trimmed
}

/** Resident's words inside Dutch/English curly quotation marks, never doubled; '' for no words. */
export function quoted(text: string): string {
  const words = withoutOuterQuotes(text)
  return words === '' ? '' : `“${words}”`
}
