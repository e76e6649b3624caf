import { type FoldedText } from './folded-text'
import { wordPattern } from './name-terms'

/** One word of a folded text and where it lies in the folded text. */
export interface Word {
  text: string
  start: number
  end: number
}

/** The words of a folded text, in order. */
export function wordsIn(text: FoldedText): Word[] {
  return [...text.folded.matchAll(wordPattern)].map((match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }))
}

/** A sequence of folded words to find as whole words; `capitalOnly` needs a capital in the original. */
export interface IndexedTerm {
  words: readonly string[]
  capitalOnly: boolean
}

/** A term found in a text: its words `[first, last]` and its folded span. */
export interface TermMatch {
  first: number
  last: number
  start: number
  end: number
}

/** Between two words of one term only spaces and hyphens may stand ("Jansen-de Boer", "van  der Berg"). */
const joiner = /^[ -]+$/

/** The genitive and plural endings a name may carry in running text: "Jansens", "Annie's". */
function stems(word: string): string[] {
  const result = [word]
  if (word.endsWith("'s") && word.length > 3) result.push(word.slice(0, -2))
  else if (word.endsWith('s') && word.length > 3) result.push(word.slice(0, -1))
  return result
}

/**
 * Terms by their first word, longest first, for finding any of thousands of names in a text in one
 * pass over its words (a regular expression with thousands of alternatives is slow).
 */
export class TermIndex {
  private readonly byFirst = new Map<string, IndexedTerm[]>()

  constructor(terms: Iterable<IndexedTerm>) {
    for (const term of terms) {
      const first = term.words[0]
      if (first === undefined) continue
      const list = this.byFirst.get(first) ?? []
      list.push(term)
      this.byFirst.set(first, list)
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length)
  }

  get size(): number {
    return this.byFirst.size
  }

  /** Every term in `text`, leftmost-longest, not overlapping. */
  find(text: FoldedText, words: readonly Word[]): TermMatch[] {
    const matches: TermMatch[] = []
    for (let i = 0; i < words.length; i++) {
      const match = this.matchAt(text, words, i)
      if (!match) continue
      matches.push(match)
      i = match.last
    }
    return matches
  }

  private matchAt(text: FoldedText, words: readonly Word[], i: number): TermMatch | undefined {
    const word = words[i]
    if (!word) return undefined
    for (const key of stems(word.text)) {
      for (const term of this.byFirst.get(key) ?? []) {
        const last = this.lastWordOf(text, words, i, term, key !== word.text)
        if (last === undefined) continue
        if (term.capitalOnly && !startsWithCapital(text, word.start)) continue
        return { first: i, last, start: word.start, end: words[last]?.end ?? word.end }
      }
    }
    return undefined
  }

  /** The index of the term's last word when the term starts at word `i`, else undefined. */
  private lastWordOf(
    text: FoldedText,
    words: readonly Word[],
    i: number,
    term: IndexedTerm,
    firstWasStemmed: boolean,
  ): number | undefined {
    if (firstWasStemmed && term.words.length > 1) return undefined
    for (let k = 1; k < term.words.length; k++) {
      const previous = words[i + k - 1]
      const current = words[i + k]
      if (!previous || !current) return undefined
      if (!joiner.test(text.folded.slice(previous.end, current.start))) return undefined
      const expected = term.words[k]
      const isLast = k === term.words.length - 1
      if (current.text !== expected && !(isLast && stems(current.text).includes(expected ?? '')))
        return undefined
    }
    return i + term.words.length - 1
  }
}

/** True when the original character at folded position `start` is a capital letter. */
export function startsWithCapital(text: FoldedText, start: number): boolean {
  const char = text.original.slice(text.origin[start] ?? 0).codePointAt(0)
  if (char === undefined) return false
  const letter = String.fromCodePoint(char)
  return letter !== letter.toLowerCase() && letter === letter.toUpperCase()
}
