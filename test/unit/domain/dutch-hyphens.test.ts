import { describe, expect, it } from 'vitest'
import { dutchHyphens } from '../../../shared/domain/dutch-hyphens'

const soft = '\u00ad'

describe('dutchHyphens', () => {
  it('allows breaks only between Dutch syllables', () => {
    expect(dutchHyphens('Boodschappenhulp').split(soft)).toEqual(['Bood', 'schap', 'pen', 'hulp'])
    expect(dutchHyphens('gepensioneerden').split(soft).join('')).toBe('gepensioneerden')
    expect(dutchHyphens('gepensioneerden').endsWith(`${soft}n`)).toBe(false)
  })

  it('leaves short words and the visible text as they are', () => {
    expect(dutchHyphens('Heg bij de bushalte')).toMatch(/^Heg bij de bus/)
    expect(dutchHyphens('Meer afvalbakken in het plantsoen').replaceAll(soft, '')).toBe(
      'Meer afvalbakken in het plantsoen',
    )
  })
})
