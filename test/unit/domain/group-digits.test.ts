import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { groupDigits } from '../../../shared/i18n/group-digits'

describe('groupDigits', () => {
  it('writes whole numbers exactly as Intl.NumberFormat does in Dutch and British English', () => {
    const dutch = new Intl.NumberFormat('nl-NL')
    const british = new Intl.NumberFormat('en-GB')
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -1e6, max: 1e6 }),
          fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
        ),
        (n) => {
          const value = n === 0 ? 0 : n // -0 aside: a count is never negative zero
          expect(groupDigits(value, '.')).toBe(dutch.format(value))
          expect(groupDigits(value, ',')).toBe(british.format(value))
        },
      ),
    )
  })

  it('groups the figures a coach sees', () => {
    expect(groupDigits(0, '.')).toBe('0')
    expect(groupDigits(150, '.')).toBe('150')
    expect(groupDigits(1500, '.')).toBe('1.500')
    expect(groupDigits(40000, '.')).toBe('40.000')
    expect(groupDigits(1234567, ',')).toBe('1,234,567')
    expect(groupDigits(-15000, '.')).toBe('-15.000')
  })
})
