import fc from 'fast-check'

/** Characters that break XML or Word, and a few that merely look tricky. */
export const trickyCharacters = [
  '\u0000',
  '\u0001',
  '\u0008',
  '\u000b',
  '\u000c',
  '\u001f',
  '\u007f',
  '\ufffe',
  '\uffff',
  '\ud800',
  '\udbff',
  '\udc00',
  '\udfff',
  '\ud83d\ude00',
  '<',
  '>',
  '&',
  ']]>',
  '"',
  "'",
  '\r\n',
  '\r',
  '\n',
  '\t',
  'é',
  'e\u0301',
  '\u202e',
  '\u00a0',
  '\u200b',
  'ﬁ',
] as const

/** Any UTF-16 code unit (lone surrogates, controls, U+FFFE/U+FFFF included), tricky characters, or any code point. */
export const anyUnit = fc.oneof(
  fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
  fc.constantFrom(...trickyCharacters),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
)

/** Random text made of `anyUnit`. */
export const anyText = (maxLength = 40): fc.Arbitrary<string> => fc.string({ unit: anyUnit, maxLength })
