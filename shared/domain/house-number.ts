/**
 * House numbers as the coach types them ("12", "12a", "12-2", "12 bis") split into the number and
 * its addition, and back. Additions are stored without separator: a single letter directly after
 * the number ("12a"), anything else after a hyphen ("12-2", "12-bis").
 */

/** A house number with its addition. */
export interface HouseNumber {
  houseNumber: number
  addition: string
}

/** Reads "12", "12a", "12 A", "12-2", "12 bis" or "12/1"; undefined when it is not a house number. */
export function parseHouseNumber(text: string): HouseNumber | undefined {
  const match = /^\s*(\d{1,5})\s*(?:[-/\s]\s*)?([A-Za-z0-9]{0,6})\s*$/.exec(text)
  if (!match) return undefined
  const houseNumber = Number(match[1])
  if (houseNumber === 0) return undefined
  return { houseNumber, addition: normaliseAddition(match[2] ?? '') }
}

/** Trims an addition, drops a leading separator and lower-cases a single letter ("A" → "a"). */
export function normaliseAddition(addition: string): string {
  const trimmed = addition.trim().replace(/^[-/\s]+/, '')
  return /^[A-Za-z]$/.test(trimmed) ? trimmed.toLowerCase() : trimmed
}

/** "12", "12a" or "12-2". */
export function formatHouseNumber(houseNumber: number, addition: string): string {
  if (addition === '') return String(houseNumber)
  return /^[a-z]$/i.test(addition) ? `${houseNumber}${addition}` : `${houseNumber}-${addition}`
}

/** A key that is equal for the same address however it was typed ("12A" = "12a", "12 - 2" = "12-2"). */
export function houseNumberKey(houseNumber: number, addition: string): string {
  return `${houseNumber}|${normaliseAddition(addition).toLowerCase()}`
}
