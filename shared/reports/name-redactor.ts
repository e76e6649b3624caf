/** Escapes a text for use inside a regular expression. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * A function that replaces known names of residents in free text (whole words, case as written) with
 * `replacement`, so a name the coach typed into a description or note does not slip into an
 * anonymised report. Names shorter than two letters are ignored. With no names it returns the text.
 */
export function createNameRedactor(names: Iterable<string>, replacement: string): (text: string) => string {
  const unique = [...new Set([...names].map((name) => name.trim()).filter((name) => name.length >= 2))]
  if (unique.length === 0) return (text) => text
  unique.sort((a, b) => b.length - a.length)
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${unique.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  )
  return (text) => text.replace(pattern, replacement)
}
