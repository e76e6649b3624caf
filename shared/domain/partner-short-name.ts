/** Legal forms that say nothing about which partner it is ("Stichting Welzijn" → "Welzijn"). */
const legalForms = /^(stichting|st\.|vereniging|coöperatie|cooperatie)\s+/i

/** Small words a cut name must not end on ("Woningcorporatie Het"). */
const danglingWords = /(\s+(de|het|een|van|voor|en|in|op|aan|'t))+$/i

/** Longest short name a badge shows before it falls back to the first words. */
export const shortNameMaxLength = 20

/**
 * The name a small badge shows for a partner: without a leading legal form, without the gemeente's
 * name at the end when it is the programme's own gemeente, and at most a few words. The full name is
 * shown on hover and everywhere else.
 */
export function partnerShortName(name: string, gemeente?: string): string {
  const full = name.trim().replace(/\s+/g, ' ')
  let short = full.replace(legalForms, '')
  const place = gemeente?.trim()
  if (place) {
    const suffix = new RegExp(`(^|\\s+)(gemeente\\s+)?${escapeRegExp(place)}$`, 'i')
    const withoutPlace = short.replace(suffix, '')
    if (withoutPlace.length > 0) short = withoutPlace
  }
  if (short.length <= shortNameMaxLength) return short || full
  const words = short.split(' ')
  let result = words[0] ?? short
  for (const word of words.slice(1)) {
    if (`${result} ${word}`.length > shortNameMaxLength) break
    result = `${result} ${word}`
  }
  return result.replace(danglingWords, '')
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
