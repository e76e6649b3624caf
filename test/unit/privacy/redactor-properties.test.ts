import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createRedactor } from '../../../shared/domain/redaction'
import { foldTerm } from '../../../shared/domain/redaction/folded-text'

/** Ordinary words around the identifiers; none is a resident's name, street or number. */
const fillerWords = [
  'de',
  'het',
  'een',
  'buurt',
  'idee',
  'bankje',
  'graag',
  'wil',
  'samen',
  'koffie',
  'met',
  'voor',
  'iedereen',
  'morgen',
  'bellen',
  'mevrouw',
  'meneer',
  'terug',
  'hulp',
  'bij',
  'op',
  'en',
  'of',
  'dat',
  'wij',
  'ook',
  'nog',
  'veel',
  'mensen',
  'jong',
  'oud',
  'berg',
  'boer',
  'hof',
  'meer',
  'groot',
  'wit',
  'Buurthuis',
  'Gemeente',
  'Graag',
  'Oproep',
  'belt',
  'mail',
  'woont',
  'naast',
  'tegenover',
]
const joiners = [' ', ', ', '. ', ' (', ') ', ': ', '\n', ' – ', '; ']
const filler = fc
  .array(fc.constantFrom(...fillerWords), { minLength: 0, maxLength: 6 })
  .map((words) => words.join(' '))

/** Text with the planted pieces between random ordinary words and punctuation. */
function textAround(pieces: fc.Arbitrary<string[]>): fc.Arbitrary<string> {
  return pieces.chain((planted) =>
    fc
      .tuple(
        fc.array(fc.tuple(filler, fc.constantFrom(...joiners)), {
          minLength: planted.length + 1,
          maxLength: planted.length + 1,
        }),
      )
      .map(([around]) =>
        around
          .map(([words, joiner], i) => `${words}${joiner}${planted[i] ?? ''}${i < planted.length ? ' ' : ''}`)
          .join(''),
      ),
  )
}

const digits = (count: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: count, maxLength: count }).map((d) => d.join(''))
const phoneSeparator = fc.constantFrom('', ' ', '-', '.', ' - ', '  ')
/** How Dutch numbers are grouped: 06-12345678, 06 12 34 56 78, 0525 123456, 020 123 45 67, … */
const groupings = [
  [2, 8],
  [2, 2, 2, 2, 2],
  [2, 4, 4],
  [2, 3, 3, 2],
  [3, 7],
  [4, 6],
  [3, 3, 2, 2],
  [4, 2, 2, 2],
  [3, 3, 4],
  [10],
]

const phoneNumber = fc
  .tuple(
    fc.integer({ min: 1, max: 9 }),
    digits(8),
    fc.constantFrom(...groupings),
    phoneSeparator,
    fc.boolean(),
    fc.constantFrom('0', '+31 ', '+31', '+31 (0)', '0031 ', '0031', '+31 0', '+31(0)'),
    fc.boolean(),
  )
  .map(([first, rest, grouping, separator, mixed, prefix, bracketArea]) => {
    const national = `0${first}${rest}`
    const groups: string[] = []
    let at = 0
    for (const size of grouping) {
      groups.push(national.slice(at, at + size))
      at += size
    }
    let spelled = groups
      .map((group, i) => (i === 0 ? group : `${mixed && i % 2 === 0 ? ' ' : separator}${group}`))
      .join('')
    if (bracketArea && prefix === '0' && grouping.length > 1)
      spelled = `(${groups[0]}) ${groups.slice(1).join(' ')}`
    return prefix === '0' ? spelled : `${prefix}${spelled.slice(1)}`
  })

const lowerChars = 'abcdefghijklmnopqrstuvwxyz0123456789'
const emailAddress = fc
  .tuple(
    fc.array(fc.constantFrom(...lowerChars), { minLength: 1, maxLength: 12 }),
    fc.constantFrom('', '.', '_', '-', '+'),
    fc.array(fc.constantFrom(...lowerChars), { minLength: 1, maxLength: 8 }),
    fc.array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), { minLength: 2, maxLength: 10 }),
    fc.constantFrom('nl', 'com', 'org', 'eu', 'amsterdam'),
    fc.constantFrom('@', '(at)', ' [at] ', '@'),
    fc.boolean(),
  )
  .map(([a, join, b, domain, tld, at, upper]) => {
    const address = `${a.join('')}${join}${b.join('')}${at}${domain.join('')}.${tld}`
    return upper ? address.toUpperCase() : address
  })

const postcodeLetters = 'BDFHJNPRWXZ'
const postcode = fc
  .tuple(
    fc.integer({ min: 1000, max: 9999 }),
    fc.constantFrom(...postcodeLetters),
    fc.constantFrom(...postcodeLetters),
    fc.constantFrom(' ', '', '\u00a0'),
    fc.constantFrom('upper', 'lower', 'mixed'),
    fc.option(fc.tuple(fc.integer({ min: 1, max: 999 }), fc.constantFrom('', 'a', 'B', '-2', ' A')), {
      nil: undefined,
    }),
  )
  .map(([number, a, b, space, letterCase, house]) => {
    const letters =
      letterCase === 'upper'
        ? `${a}${b}`
        : letterCase === 'lower'
          ? `${a}${b}`.toLowerCase()
          : `${a}${b.toLowerCase()}`
    return `${number}${space}${letters}${house ? ` ${house[0]}${house[1]}` : ''}`
  })

const syllables = [
  'bra',
  'kel',
  'mon',
  'tiv',
  'dor',
  'lup',
  'sen',
  'gar',
  'wim',
  'zel',
  'pok',
  'rud',
  'fen',
  'hal',
  'nor',
]
const nameWord = fc
  .array(fc.constantFrom(...syllables), { minLength: 2, maxLength: 3 })
  .map((parts) => parts.join('').replace(/^./, (c) => c.toUpperCase()))
const streetAddress = fc
  .tuple(
    nameWord,
    fc.constantFrom(
      'straat',
      'weg',
      'laan',
      'plein',
      'dreef',
      'singel',
      'kade',
      'gracht',
      'hof',
      'dijk',
      'str.',
    ),
    fc.integer({ min: 1, max: 9999 }),
    fc.constantFrom('', 'a', ' B', '-2', 'hs'),
    fc.constantFrom(' ', ' nr. ', ' nummer '),
    fc.boolean(),
  )
  .map(([stem, ending, number, addition, between, lower]) => {
    const street = `${stem}${ending}`
    return `${lower ? street.toLowerCase() : street}${between}${number}${addition}`
  })

const particles = fc.constantFrom('', 'van ', 'de ', 'van der ', 'van den ', 'ter ', "van 't ", 'den ')
const resident = fc.tuple(nameWord, particles, nameWord).map(([first, particle, surname]) => ({
  first,
  particle,
  surname,
  registered: `${first} ${particle}${surname}`,
}))
type Resident = { first: string; particle: string; surname: string; registered: string }
const casing = fc.constantFrom<(text: string) => string>(
  (text) => text,
  (text) => text.toLowerCase(),
  (text) => text.toUpperCase(),
)
/** How a resident is mentioned: full name, first name, surname with its tussenvoegsel, with a title or initials. */
function mention(person: Resident): fc.Arbitrary<string> {
  const surname = `${person.particle}${person.surname}`
  return fc
    .tuple(
      fc.constantFrom(
        person.registered,
        person.first,
        surname,
        `mevrouw ${surname}`,
        `J. ${surname}`,
        `${surname}s`,
      ),
      casing,
      fc.boolean(),
    )
    .map(([text, change, accent]) => {
      const cased = change(text)
      // A coach may type an accent the register does not have, or leave one out.
      return accent ? cased.replace(/e/, 'é').replace(/E/, 'É') : cased
    })
}

const redactWith = (residents: readonly Resident[]) =>
  createRedactor({ residentNames: residents.map((r) => r.registered), streetNames: [] }, { language: 'nl' })

describe('the redaction pass, with random identifiers in random text', () => {
  it('removes every phone number', () => {
    fc.assert(
      fc.property(textAround(fc.array(phoneNumber, { minLength: 1, maxLength: 3 })), (text) => {
        const result = redactWith([])(text)
        expect(result.replace(/\D/g, '')).toBe('')
      }),
      { numRuns: 500 },
    )
  })

  it('removes every e-mail address', () => {
    fc.assert(
      fc.property(textAround(fc.array(emailAddress, { minLength: 1, maxLength: 3 })), (text) => {
        const result = redactWith([])(text)
        expect(result).not.toMatch(/@|\(at\)|\[at\]/i)
      }),
      { numRuns: 500 },
    )
  })

  it('removes every postcode, with or without a house number', () => {
    fc.assert(
      fc.property(textAround(fc.array(postcode, { minLength: 1, maxLength: 3 })), (text) => {
        expect(redactWith([])(text).replace(/\D/g, '')).toBe('')
      }),
      { numRuns: 500 },
    )
  })

  it('removes every street with a house number', () => {
    fc.assert(
      fc.property(textAround(fc.array(streetAddress, { minLength: 1, maxLength: 3 })), (text) => {
        expect(redactWith([])(text).replace(/\D/g, '')).toBe('')
      }),
      { numRuns: 500 },
    )
  })

  it('removes every registered resident, however the name is written', () => {
    fc.assert(
      fc.property(
        fc
          .array(resident, { minLength: 1, maxLength: 4 })
          .chain((residents) =>
            fc.tuple(fc.constant(residents), textAround(fc.tuple(...residents.map(mention)))),
          ),
        ([residents, text]) => {
          const folded = ` ${foldTerm(redactWith(residents)(text)).replace(/[^\p{L}]+/gu, ' ')} `
          for (const person of residents) {
            expect(folded, text).not.toContain(` ${foldTerm(person.first)} `)
            expect(folded, text).not.toContain(` ${foldTerm(person.surname)} `)
          }
        },
      ),
      { numRuns: 500 },
    )
  })

  it('leaves text without identifiers as it was', () => {
    const residents = [
      { first: 'Brakel', particle: 'van der ', surname: 'Berg', registered: 'Brakel van der Berg' },
    ]
    fc.assert(
      fc.property(textAround(fc.constant([])), (text) => {
        expect(redactWith(residents)(text)).toBe(text)
      }),
      { numRuns: 300 },
    )
  })

  it('never throws and does not change its own result, whatever the text', () => {
    const redact = redactWith([
      { first: 'Kees', particle: 'de ', surname: 'Vries', registered: 'Kees de Vries' },
    ])
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 80 }),
          fc.string({ unit: 'binary', maxLength: 80 }),
          textAround(
            fc.array(fc.oneof(phoneNumber, emailAddress, postcode, streetAddress), { maxLength: 4 }),
          ),
        ),
        (text) => {
          const once = redact(text)
          expect(redact(once)).toBe(once)
        },
      ),
      { numRuns: 1000 },
    )
  })
})
