import { describe, expect, it } from 'vitest'
import { parseDateText } from '../../../shared/domain/date-text'

const today = '2026-12-04'

describe('parseDateText', () => {
  it.each([
    ['12-04-2026', '2026-04-12'],
    ['12-4-2026', '2026-04-12'],
    ['1-3-2026', '2026-03-01'],
    ['12/04/2026', '2026-04-12'],
    ['12.4.2026', '2026-04-12'],
    ['12-4-26', '2026-04-12'],
    ['12-4', '2026-04-12'],
    ['2026-04-12', '2026-04-12'],
    ['  12 - 4 - 2026 ', null],
    [' 12-04-2026 ', '2026-04-12'],
  ])('numbers, day first: %j → %j', (text, expected) => {
    expect(parseDateText(text, today)).toBe(expected)
  })

  it.each([
    ['12 april', '2026-04-12'],
    ['12 April 2026', '2026-04-12'],
    ['12 apr. 2026', '2026-04-12'],
    ['1 mrt 2027', '2027-03-01'],
    ['3 okt', '2026-10-03'],
    ['12e april', '2026-04-12'],
    ['April 12', '2026-04-12'],
    ['April 12, 2026', '2026-04-12'],
    ['12th April 2026', '2026-04-12'],
    ['1 MEI', '2026-05-01'],
  ])('a month name: %j → %j', (text, expected) => {
    expect(parseDateText(text, today)).toBe(expected)
  })

  it.each([
    ['vandaag', '2026-12-04'],
    ['Morgen', '2026-12-05'],
    ['overmorgen', '2026-12-06'],
    ['gisteren', '2026-12-03'],
    ['eergisteren', '2026-12-02'],
    ['today', '2026-12-04'],
    ['tomorrow', '2026-12-05'],
    ['the day after tomorrow', '2026-12-06'],
    ['yesterday', '2026-12-03'],
  ])('a day word: %j → %j', (text, expected) => {
    expect(parseDateText(text, today)).toBe(expected)
  })

  it('counts day words across the end of a month and a year', () => {
    expect(parseDateText('morgen', '2026-12-31')).toBe('2027-01-01')
    expect(parseDateText('gisteren', '2026-03-01')).toBe('2026-02-28')
    expect(parseDateText('morgen', '2028-02-28')).toBe('2028-02-29')
  })

  it.each([
    '31-02-2026',
    '29-02-2027',
    '0-1-2026',
    '1-13-2026',
    '32 januari',
    '12 foo 2026',
    '12-4-202',
    'overovermorgen',
    'morgenavond',
    '',
    'abc',
    '2026-02-30',
  ])('no date: %j', (text) => {
    expect(parseDateText(text, today)).toBeNull()
  })

  it('takes a leap day only in a leap year', () => {
    expect(parseDateText('29-02-2028', today)).toBe('2028-02-29')
    expect(parseDateText('29 februari', '2027-06-01')).toBeNull()
  })
})
