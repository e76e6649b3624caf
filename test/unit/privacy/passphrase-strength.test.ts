import { describe, expect, it } from 'vitest'
import { passphraseStrength } from '../../../shared/domain/passphrase-strength'

describe('passphrase strength', () => {
  it.each([
    ['', 'te-kort'],
    ['kort', 'te-kort'],
    ['Welkom01!', 'te-kort'],
    ['1234567890', 'zwak'],
    ['aaaaaaaaaaaa', 'zwak'],
    ['abcdefghijkl', 'zwak'],
    ['Wachtwoord2026!', 'zwak'],
    ['Krachtstroom1', 'zwak'],
    ['aardappels', 'redelijk'],
    ['appelboom12', 'redelijk'],
    ['fiets boom kaas regen', 'sterk'],
    ['paars-konijn-zingt-morgen', 'sterk'],
    ['T7#qL9!vR2$wX4', 'sterk'],
  ] as const)('%s is %s', (passphrase, strength) => {
    expect(passphraseStrength(passphrase)).toBe(strength)
  })
})
