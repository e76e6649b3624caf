import { describe, expect, it } from 'vitest'
import { createRandom, formatUuid, mulberry32 } from '../../../shared/demo/random'
import { idSchema } from '../../../shared/model'

describe('createRandom', () => {
  it('gives the same numbers for the same seed and different ones for another seed', () => {
    const a = createRandom(42)
    const b = createRandom(42)
    const c = createRandom(43)
    const seqA = Array.from({ length: 20 }, () => a.uint32())
    expect(Array.from({ length: 20 }, () => b.uint32())).toEqual(seqA)
    expect(Array.from({ length: 20 }, () => c.uint32())).not.toEqual(seqA)
  })

  it('keeps numbers in range', () => {
    const rng = createRandom(7)
    for (let i = 0; i < 2000; i++) {
      const f = rng.next()
      expect(f).toBeGreaterThanOrEqual(0)
      expect(f).toBeLessThan(1)
      const n = rng.int(-3, 5)
      expect(Number.isInteger(n) && n >= -3 && n <= 5).toBe(true)
    }
    const seen = new Set(Array.from({ length: 500 }, () => rng.int(1, 4)))
    expect([...seen].sort()).toEqual([1, 2, 3, 4])
  })

  it('shuffles into a permutation without touching the input', () => {
    const rng = createRandom(1)
    const input = Array.from({ length: 50 }, (_, i) => i)
    const shuffled = rng.shuffle(input)
    expect(input).toEqual(Array.from({ length: 50 }, (_, i) => i))
    expect([...shuffled].sort((x, y) => x - y)).toEqual(input)
    expect(shuffled).not.toEqual(input)
    expect(() => rng.pick([])).toThrow()
  })

  it('draws valid, distinct v4 UUIDs', () => {
    const rng = createRandom(3)
    const ids = Array.from({ length: 1000 }, () => rng.uuid())
    for (const id of ids) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
      expect(idSchema.safeParse(id).success).toBe(true)
    }
    expect(new Set(ids).size).toBe(ids.length)
    expect(formatUuid([0, 0, 0, 0])).toBe('00000000-0000-4000-8000-000000000000')
    expect(formatUuid([0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff])).toBe(
      'ffffffff-ffff-4fff-bfff-ffffffffffff',
    )
  })

  it('is the published mulberry32 sequence', () => {
    const next = mulberry32(1)
    expect([next(), next(), next()].map((v) => v / 4_294_967_296)).toEqual([
      0.6270739405881613, 0.002735721180215478, 0.5274470399599522,
    ])
  })
})
