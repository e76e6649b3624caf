/**
 * How hard a backup file's passphrase is to guess, as a hint while the coach types it. A rough
 * estimate (length and kinds of characters, common words and patterns), not a promise.
 */

/** `te-kort`: fewer than {@link MIN_PASSPHRASE_LENGTH} characters; `zwak` is refused as well. */
export type PassphraseStrength = 'te-kort' | 'zwak' | 'redelijk' | 'sterk'

/** The least number of characters a backup passphrase has. */
export const MIN_PASSPHRASE_LENGTH = 10

/** Words and patterns people often use; a passphrase built on one is easy to guess. */
const common = [
  'wachtwoord',
  'password',
  'welkom',
  'welcome',
  'qwerty',
  'azerty',
  'krachtstroom',
  'oldebroek',
  'geheim',
  'letmein',
  'admin',
  'backup',
  'back-up',
  'zomer',
  'winter',
  'lente',
  'herfst',
  'voetbal',
  'iloveyou',
  'abcdef',
  '123456',
]

function poolSize(text: string): number {
  let pool = 0
  if (/\p{Ll}/u.test(text)) pool += 26
  if (/\p{Lu}/u.test(text)) pool += 26
  if (/\p{N}/u.test(text)) pool += 10
  if (/[^\p{L}\p{N}]/u.test(text)) pool += 33
  return pool
}

function isSequenceOrRepeat(text: string): boolean {
  const chars = [...text.toLowerCase()]
  if (new Set(chars).size <= Math.max(2, chars.length / 4)) return true
  let ascending = 0
  for (let i = 1; i < chars.length; i++)
    if ((chars[i]?.codePointAt(0) ?? 0) - (chars[i - 1]?.codePointAt(0) ?? 0) === 1) ascending++
  return ascending >= chars.length - 2
}

/** The strength of a passphrase: four or more separate words, or a long mix of characters, is strong. */
export function passphraseStrength(passphrase: string): PassphraseStrength {
  const length = [...passphrase].length
  if (length < MIN_PASSPHRASE_LENGTH) return 'te-kort'
  const core = passphrase
    .toLowerCase()
    .replace(/[^\p{L}]+$/u, '')
    .replace(/^[^\p{L}]+/u, '')
  if (
    isSequenceOrRepeat(passphrase) ||
    common.some((word) => core === word || core.replace(/\s/g, '') === word)
  )
    return 'zwak'
  const words = passphrase
    .trim()
    .split(/[\s\-_.]+/)
    .filter((word) => [...word].length >= 3)
  if (words.length >= 4) return 'sterk'
  const bits = length * Math.log2(Math.max(poolSize(passphrase), 2))
  if (bits < 45) return 'zwak'
  return bits < 70 ? 'redelijk' : 'sterk'
}
