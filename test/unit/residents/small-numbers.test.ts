import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { SMALL_NUMBER_THRESHOLD, suppressSmallCounts } from '../../../shared/domain/small-numbers'

const counts = (values: number[]) => values.map((count, i) => ({ key: `straat-${i}`, count }))

describe('small-number suppression of counts per street', () => {
  it('shows streets with 5 or more and pools the rest when the pool is safe', () => {
    expect(suppressSmallCounts(counts([7, 6, 3, 2, 0]))).toEqual({
      shown: [
        { key: 'straat-0', count: 7 },
        { key: 'straat-1', count: 6 },
      ],
      pooled: { keys: ['straat-2', 'straat-3', 'straat-4'], count: 5 },
      breakdown: true,
    })
  })

  it('moves the smallest shown street into the pool when the pool alone would be below 5', () => {
    const result = suppressSmallCounts(counts([9, 6, 2, 0]))
    expect(result.shown).toEqual([{ key: 'straat-0', count: 9 }])
    expect(result.pooled).toEqual({ keys: ['straat-2', 'straat-3', 'straat-1'], count: 8 })
  })

  it('shows nothing per street when no safe split exists', () => {
    expect(suppressSmallCounts(counts([6, 3])).breakdown).toBe(false)
    expect(suppressSmallCounts(counts([4, 4, 1])).breakdown).toBe(false)
    expect(suppressSmallCounts(counts([])).breakdown).toBe(false)
  })

  it('shows every street when all have 5 or more, or the rest has none at all', () => {
    expect(suppressSmallCounts(counts([5, 8])).pooled).toEqual({ keys: [], count: 0 })
    expect(suppressSmallCounts(counts([5, 0])).pooled).toEqual({ keys: ['straat-1'], count: 0 })
  })

  it('never lets a count from 1 to 4 be read or worked out, for any counts', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 30 }), { maxLength: 12 }), (values) => {
        const input = counts(values)
        const result = suppressSmallCounts(input)
        const total = values.reduce((sum, value) => sum + value, 0)
        for (const item of result.shown) expect(item.count).toBeGreaterThanOrEqual(SMALL_NUMBER_THRESHOLD)
        const pool = result.pooled.count
        expect(pool === 0 || pool >= SMALL_NUMBER_THRESHOLD || !result.breakdown).toBe(true)
        if (result.breakdown && pool > 0) expect(result.pooled.keys.length).toBeGreaterThanOrEqual(2)
        if (!result.breakdown) expect(result.shown).toEqual([])
        // Shown and pooled together are every street once, and add up to the total.
        const keys = [...result.shown.map((item) => item.key), ...result.pooled.keys].sort()
        expect(keys).toEqual(input.map((item) => item.key).sort())
        expect(result.shown.reduce((sum, item) => sum + item.count, 0) + pool).toBe(total)
      }),
      { numRuns: 500 },
    )
  })
})
