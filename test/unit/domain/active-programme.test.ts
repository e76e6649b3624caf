import { describe, expect, it } from 'vitest'
import { activeProgrammeOf } from '../../../shared/domain/active-programme'

const newest = { id: 'b', name: 'Wezep' }
const older = { id: 'a', name: 'Oldebroek' }

describe('activeProgrammeOf', () => {
  it('is the programme the settings name', () => {
    expect(activeProgrammeOf([newest, older], 'a')).toBe(older)
  })

  it('falls back to the first (newest) programme when the named one is gone or none is named', () => {
    expect(activeProgrammeOf([newest, older], 'deleted')).toBe(newest)
    expect(activeProgrammeOf([newest, older], undefined)).toBe(newest)
  })

  it('is nothing without programmes', () => {
    expect(activeProgrammeOf([], 'a')).toBeUndefined()
  })
})
