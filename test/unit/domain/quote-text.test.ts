import { describe, expect, it } from 'vitest'
import { quoted, withoutOuterQuotes } from '../../../shared/domain/quote-text'

describe('quotation marks around residents’ words', () => {
  it.each([
    ['"Meer bankjes op het plein"', 'Meer bankjes op het plein'],
    ['“Meer bankjes”', 'Meer bankjes'],
    ['„Meer bankjes”', 'Meer bankjes'],
    ["'Meer bankjes'", 'Meer bankjes'],
    ['‘Meer bankjes’', 'Meer bankjes'],
    ['«Meer bankjes»', 'Meer bankjes'],
    ['  " Meer bankjes "  ', 'Meer bankjes'],
  ])('takes the typed marks off %s', (typed, words) => {
    expect(withoutOuterQuotes(typed)).toBe(words)
    expect(quoted(typed)).toBe(`“${words}”`)
  })

  it('keeps marks inside the words and texts that are two quotes', () => {
    expect(quoted('Het "buurthuis" moet open')).toBe('“Het "buurthuis" moet open”')
    expect(withoutOuterQuotes('"Bankjes" en "bloembakken"')).toBe('"Bankjes" en "bloembakken"')
  })

  it('gives no quote for empty words, so nothing is made up', () => {
    expect(quoted('')).toBe('')
    expect(quoted('   ')).toBe('')
    expect(quoted('""')).toBe('')
  })
})
