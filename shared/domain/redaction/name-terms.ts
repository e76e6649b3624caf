import { foldTerm } from './folded-text'

/**
 * A name as the redaction looks for it: folded words in order. `capitalOnly` marks the bare last part
 * of a surname with a tussenvoegsel ("Berg" of "van der Berg"): it is removed only where it starts
 * with a capital, because "berg", "meer", "groot" or "wit" in lower case are ordinary words in almost
 * every sentence, while the name itself is written with its tussenvoegsel.
 */
export interface NameTerm {
  words: readonly string[]
  capitalOnly: boolean
}

/** Tussenvoegsels and the particles of other languages' surnames. */
export const nameParticles: ReadonlySet<string> = new Set([
  'van',
  'de',
  'der',
  'den',
  'het',
  "'t",
  't',
  'ter',
  'ten',
  'te',
  'in',
  'op',
  'aan',
  'bij',
  'uit',
  'onder',
  'over',
  'voor',
  "'s",
  'd',
  "d'",
  'la',
  'le',
  'du',
  'des',
  'di',
  'da',
  'del',
  'della',
  'dos',
  'von',
  'vom',
  'zu',
  'zum',
  'y',
  'el',
  'al',
  'bin',
  'ibn',
])

/** Words in a name field that say who someone is, not what they are called. */
const titles: ReadonlySet<string> = new Set([
  'mevrouw',
  'mevr',
  'mw',
  'mvr',
  'meneer',
  'mijnheer',
  'mnr',
  'dhr',
  'heer',
  'hr',
  'fam',
  'familie',
  'fa',
  'wed',
  'weduwe',
  'echtpaar',
  'dr',
  'drs',
  'ir',
  'ing',
  'mr',
  'prof',
  'ds',
  'zr',
  'zuster',
  'juf',
  'opa',
  'oma',
  'tante',
  'oom',
  'buurvrouw',
  'buurman',
  'bewoner',
  'bewoners',
  'mrs',
  'mr',
  'ms',
  'miss',
  'sir',
  'jr',
  'sr',
])

/** The words of a folded text: letters and digits, with an apostrophe inside ("d'hondt") or a leading "'t"/"'s". */
export const wordPattern = /'[st](?![\p{L}\p{N}])|[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu

function wordsOf(folded: string): string[] {
  return [...folded.matchAll(wordPattern)].map((match) => match[0])
}

/** The people in one name field: "Anna en Piet Visser", "Jansen / De Vries", "Fam. Bakker (Kees)". */
function peopleOf(folded: string): string[][] {
  return folded
    .split(/\s+(?:en|and|&|\+)\s+|[&+/,;()]/u)
    .map((part) => wordsOf(part).filter((word) => !titles.has(word)))
    .filter((words) => words.length > 0)
}

const isNameWord = (word: string): boolean =>
  word.length >= 2 && !nameParticles.has(word) && !/^\p{N}+$/u.test(word)

/**
 * The terms to look for of one registered resident's name (the address's resident name or an
 * initiator's name): the whole name, every first name and surname on its own, a surname with its
 * tussenvoegsels ("van der berg") and, capitalised only, without them ("Berg"). Titles (mevrouw,
 * fam.), initials and tussenvoegsels on their own are never terms.
 */
export function nameTerms(name: string): NameTerm[] {
  const folded = foldTerm(name)
  const terms: NameTerm[] = []
  const add = (words: string[], capitalOnly = false) => {
    if (words.length > 0 && words.some(isNameWord)) terms.push({ words, capitalOnly })
  }
  for (const person of peopleOf(folded)) {
    const words = person.filter((word) => word.length >= 2 || nameParticles.has(word))
    add(words.filter((word, i) => !(nameParticles.has(word) && i === words.length - 1)))
    words.forEach((word, i) => {
      if (!isNameWord(word)) return
      let first = i
      while (first > 0 && nameParticles.has(words[first - 1] ?? '')) first--
      if (first < i) {
        add(words.slice(first, i + 1))
        add([word], true)
      } else add([word])
    })
  }
  add(wordsOf(folded).filter((word) => word.length >= 2 && !titles.has(word)))
  return dedupe(terms)
}

function dedupe(terms: readonly NameTerm[]): NameTerm[] {
  const byKey = new Map<string, NameTerm>()
  for (const term of terms) {
    const key = term.words.join(' ')
    const known = byKey.get(key)
    // The same word may be a bare surname part for one resident and a name of its own for another.
    if (!known || (known.capitalOnly && !term.capitalOnly)) byKey.set(key, term)
  }
  return [...byKey.values()]
}
