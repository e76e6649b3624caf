import { hyphenateSync } from 'hyphen/nl'

const cache = new Map<string, string>()
const cacheLimit = 2000

/**
 * Puts soft hyphens (U+00AD) at the break points Dutch hyphenation allows, so a long word on a narrow
 * card breaks as "Boodschap-/pen­hulp" and never mid-syllable. The browser shows a hyphen only where it
 * actually breaks, and copies the text without them. Done here rather than with CSS `hyphens: auto`,
 * which needs hyphenation dictionaries that Electron does not ship.
 */
export function dutchHyphens(text: string): string {
  const known = cache.get(text)
  if (known !== undefined) return known
  const hyphenated = hyphenateSync(text, { minWordLength: 8 })
  if (cache.size >= cacheLimit) cache.clear()
  cache.set(text, hyphenated)
  return hyphenated
}
