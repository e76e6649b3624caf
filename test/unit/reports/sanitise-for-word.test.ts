import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildReport, isWordSafe, sanitiseForWord, sanitiseReportModel } from '../../../shared/reports'
import { allText, demoSource } from './demo-source'
import { anyText } from './unicode-arbitraries'
import { xmlAllows } from '../../support/xml-chars'

describe('sanitiseForWord', () => {
  it('leaves only characters XML 1.0 allows, whatever comes in', () => {
    fc.assert(
      fc.property(anyText(200), (text) => {
        const clean = sanitiseForWord(text)
        expect(xmlAllows(clean)).toBe(true)
        expect(isWordSafe(clean)).toBe(true)
        expect(clean).not.toContain('\r')
      }),
      { numRuns: 5000 },
    )
  })

  it('is idempotent', () => {
    fc.assert(
      fc.property(anyText(200), (text) => {
        const once = sanitiseForWord(text)
        expect(sanitiseForWord(once)).toBe(once)
      }),
      { numRuns: 3000 },
    )
  })

  it('keeps ordinary text, emoji and accents as they are', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        const clean = sanitiseForWord(text)
        if (isWordSafe(text)) expect(clean).toBe(text.normalize('NFC'))
      }),
      { numRuns: 2000 },
    )
    expect(sanitiseForWord('Koffie ☕ bij Aaltje 😀 — café')).toBe('Koffie ☕ bij Aaltje 😀 — café')
  })

  it('removes control characters, non-characters and lone surrogates, and unifies line ends', () => {
    expect(sanitiseForWord('a\u0000b\u0001c\u000bd\ufffee\uffff')).toBe('abcde')
    expect(sanitiseForWord('x\ud800y\udc00z')).toBe('xyz')
    expect(sanitiseForWord('\ud83d\ude00')).toBe('\ud83d\ude00')
    expect(sanitiseForWord('een\r\ntwee\rdrie\tvier')).toBe('een\ntwee\ndrie\tvier')
    expect(sanitiseForWord('e\u0301')).toBe('é')
  })

  it('is applied to every text of a built report', () => {
    const d = demoSource({ organisationName: 'Org\u0000\ud800', authorName: 'Auteur\uffff' })
    const ideas = d.source.data.ideas.map((idea) => ({
      ...idea,
      title: `${idea.title}\u0001\udfff`,
      description: `${idea.description}\u0008`,
    }))
    const model = buildReport({ ...d.source, data: { ...d.source.data, ideas } }, d.request('gemeente'))
    expect(xmlAllows(allText(model))).toBe(true)
    expect(sanitiseReportModel(model)).toEqual(model)
  })
})
