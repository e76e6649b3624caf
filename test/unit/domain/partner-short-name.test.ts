import { describe, expect, it } from 'vitest'
import { partnerShortName, shortNameMaxLength } from '../../../shared/domain/partner-short-name'

describe('partnerShortName', () => {
  it('drops a leading legal form', () => {
    expect(partnerShortName('Stichting Welzijn Samen Verder', 'Oldebroek')).toBe('Welzijn Samen Verder')
  })

  it("drops the programme's own gemeente at the end", () => {
    expect(partnerShortName('Sociaal Team Oldebroek', 'Oldebroek')).toBe('Sociaal Team')
    expect(partnerShortName('CJG Oldebroek', 'oldebroek')).toBe('CJG')
  })

  it('keeps the name when the gemeente is all there is', () => {
    expect(partnerShortName('Gemeente Oldebroek', 'Oldebroek')).toBe('Gemeente Oldebroek')
  })

  it('keeps another place in the name', () => {
    expect(partnerShortName('CJG Hattem', 'Oldebroek')).toBe('CJG Hattem')
  })

  it('cuts a long name at a word, never inside one', () => {
    const short = partnerShortName('Woningcorporatie Het Goede Wonen Noord-Veluwe', 'Oldebroek')
    expect(short).toBe('Woningcorporatie')
    expect(short.length).toBeLessThanOrEqual(shortNameMaxLength)
    expect(partnerShortName('Buurtbemiddelingsorganisatievoorbeeld')).toBe(
      'Buurtbemiddelingsorganisatievoorbeeld',
    )
  })

  it('treats characters of the gemeente literally', () => {
    expect(partnerShortName('Politie Bergen (NH)', 'Bergen (NH)')).toBe('Politie')
  })
})
