/** A small, fast, seeded pseudo-random generator (mulberry32): the same seed gives the same numbers. */
export interface Random {
  /** A float in [0, 1). */
  next(): number
  /** An unsigned 32-bit integer. */
  uint32(): number
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number
  /** True with probability `p`. */
  chance(p: number): boolean
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T
  /** A shuffled copy of `items` (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[]
  /** A UUID formatted as version 4 (RFC 9562 variant), drawn from this generator. */
  uuid(): string
}

/** The mulberry32 generator: returns a function that yields unsigned 32-bit integers. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return (t ^ (t >>> 14)) >>> 0
  }
}

const HEX_CODES = [48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 97, 98, 99, 100, 101, 102] // 0-9, a-f
const DASH_CODE = 45

/**
 * Formats 128 random bits as a v4 UUID. It is built from char codes in one go, so the result is a flat
 * string (like one from JSON.parse) rather than a chain of concatenations, which keeps Map look-ups
 * on ids fast.
 */
export function formatUuid(words: readonly [number, number, number, number]): string {
  const codes: number[] = []
  for (let i = 0; i < 32; i++) {
    const word = words[i >> 3] ?? 0
    let nibble = (word >>> (28 - (i & 7) * 4)) & 0xf
    if (i === 12) nibble = 4
    else if (i === 16) nibble = (nibble & 0x3) | 0x8
    if (i === 8 || i === 12 || i === 16 || i === 20) codes.push(DASH_CODE)
    codes.push(HEX_CODES[nibble] ?? 48)
  }
  return String.fromCharCode(...codes)
}

/** Creates a seeded `Random`. */
export function createRandom(seed: number): Random {
  const uint32 = mulberry32(seed)
  const next = (): number => uint32() / 4_294_967_296
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1))
  return {
    next,
    uint32,
    int,
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick: lege lijst')
      return items[Math.floor(next() * items.length)] as T
    },
    shuffle: <T>(items: readonly T[]): T[] => {
      const copy = [...items]
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1))
        const swap = copy[i] as T
        copy[i] = copy[j] as T
        copy[j] = swap
      }
      return copy
    },
    uuid: () => formatUuid([uint32(), uint32(), uint32(), uint32()]),
  }
}
