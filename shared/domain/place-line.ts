/**
 * The place names under a street joined as "Wezep · Noord", each name once: a place equal to the
 * kern or wijk (or to the gemeente, when the caller leaves that out) is not repeated
 * ("Oldebroek · Oldebroek"). Empty parts are skipped; comparison ignores case and spacing.
 */
export function placeLine(
  parts: ReadonlyArray<string | undefined>,
  omit: ReadonlyArray<string | undefined> = [],
): string {
  const key = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl')
  const seen = new Set(omit.filter((text): text is string => Boolean(text?.trim())).map(key))
  const kept: string[] = []
  for (const part of parts) {
    const text = part?.trim()
    if (!text || seen.has(key(text))) continue
    seen.add(key(text))
    kept.push(text)
  }
  return kept.join(' · ')
}
