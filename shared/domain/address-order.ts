/** The parts of an address that decide its place in a list. */
export interface Orderable {
  houseNumber: number
  addition: string
}

const collator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' })

/** No addition first, then a house letter ("12a"), then other additions ("12-2"), as the BAG orders them. */
function additionRank(addition: string): number {
  if (addition === '') return 0
  return /^[a-z]$/i.test(addition) ? 1 : 2
}

/**
 * Natural order: by number, then the house letter, then other additions with digits compared as
 * numbers: 2, 2a, 2b, 10, 10-2, 10-10 (not 10-10 before 10-2).
 */
export function compareNatural(a: Orderable, b: Orderable): number {
  if (a.houseNumber !== b.houseNumber) return a.houseNumber - b.houseNumber
  return additionRank(a.addition) - additionRank(b.addition) || collator.compare(a.addition, b.addition)
}

/** Addresses sorted naturally (a new array). */
export function sortNatural<T extends Orderable>(addresses: readonly T[]): T[] {
  return [...addresses].sort(compareNatural)
}

/**
 * Walking order for a round: each side of the street from its lowest number up, the odd side
 * (1, 3, 5 …) first and then the even side (2, 4, 6 …). A street with numbers on one side only
 * starts at its lowest number too. Additions follow their number (12, 12a, 12-2).
 */
export function sortWalking<T extends Orderable>(addresses: readonly T[]): T[] {
  const odd = addresses.filter((a) => a.houseNumber % 2 === 1).sort(compareNatural)
  const even = addresses.filter((a) => a.houseNumber % 2 === 0).sort(compareNatural)
  return [...odd, ...even]
}

/** Which numbers a range "1–49, odd only" covers. */
export type RangeParity = 'all' | 'odd' | 'even'

/** The house numbers from `from` to `to` (inclusive) with the given parity; at most 2,000. */
export function houseNumberRange(from: number, to: number, parity: RangeParity): number[] {
  const [low, high] = from <= to ? [from, to] : [to, from]
  const numbers: number[] = []
  for (let n = low; n <= high && numbers.length < 2000; n += 1) {
    if (parity === 'odd' && n % 2 === 0) continue
    if (parity === 'even' && n % 2 === 1) continue
    numbers.push(n)
  }
  return numbers
}
