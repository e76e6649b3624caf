import { describe, expect, it } from 'vitest'
import { placeLine } from '../../../shared/domain/place-line'

describe('placeLine', () => {
  it('names a place once when it equals the kern', () => {
    expect(placeLine(['Oldebroek', 'Oldebroek'])).toBe('Oldebroek')
    expect(placeLine(['Oldebroek ', 'oldebroek'])).toBe('Oldebroek')
  })

  it('keeps different names in order and skips empty ones', () => {
    expect(placeLine(['Wezep', '', undefined, 'Noord'])).toBe('Wezep · Noord')
  })

  it('leaves out a name the screen already shows', () => {
    expect(placeLine(['Oldebroek'], ['Oldebroek'])).toBe('')
    expect(placeLine(['Wezep'], ['Oldebroek'])).toBe('Wezep')
  })
})
