import { describe, expect, it } from 'vitest'
import { apiContract, apiMethodNames, apiMethods, isApiMethod, validationError } from '../../../shared/api'
import { programmeDraftSchema } from '../../../shared/model'

describe('API contract', () => {
  it('lists the same methods in the preload name list as in the contract', () => {
    expect([...apiMethodNames].sort()).toEqual([...apiMethods].sort())
  })

  it('names every method as area.verb', () => {
    for (const method of apiMethods) expect(method).toMatch(/^[a-z]+\.[a-zA-Z]+$/)
  })

  it('does not treat inherited object keys as methods', () => {
    expect(isApiMethod('toString')).toBe(false)
    expect(isApiMethod('__proto__')).toBe(false)
    expect(isApiMethod('constructor')).toBe(false)
    expect(isApiMethod('programme.list')).toBe(true)
  })

  it('accepts no input for methods without arguments', () => {
    expect(apiContract['programme.list'].input.safeParse(undefined).success).toBe(true)
    expect(apiContract['programme.list'].input.safeParse({}).success).toBe(true)
    expect(apiContract['programme.list'].input.safeParse({ extra: 1 }).success).toBe(false)
  })
})

describe('Dutch validation messages', () => {
  const valid = { name: 'Samen in de Wijk', gemeente: 'Elburg', period: { start: '2026-01-01' } }

  it('names a missing field in Dutch', () => {
    const result = programmeDraftSchema.safeParse({ ...valid, name: undefined })
    expect(result.success).toBe(false)
    if (result.success) return
    expect(validationError(result.error)).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: 'name',
      message: 'Naam ontbreekt; vul het in.',
    })
  })

  it('names an empty field after trimming', () => {
    const result = programmeDraftSchema.safeParse({ ...valid, gemeente: '   ' })
    if (result.success) throw new Error('expected failure')
    expect(validationError(result.error).message).toBe('Gemeente is leeg; vul het in.')
  })

  it('explains an end date before the start date', () => {
    const result = programmeDraftSchema.safeParse({
      ...valid,
      period: { start: '2026-05-01', end: '2026-04-01' },
    })
    if (result.success) throw new Error('expected failure')
    expect(validationError(result.error)).toMatchObject({
      field: 'period.end',
      message: 'Einddatum: deze datum ligt vóór de begindatum.',
    })
  })

  it('refuses a date that does not exist', () => {
    const result = programmeDraftSchema.safeParse({ ...valid, period: { start: '2026-02-30' } })
    if (result.success) throw new Error('expected failure')
    expect(validationError(result.error).message).toBe('Begindatum: die datum bestaat niet in de kalender.')
  })

  it('counts further problems', () => {
    const result = programmeDraftSchema.safeParse({ period: { start: 'x' } })
    if (result.success) throw new Error('expected failure')
    expect(validationError(result.error).message).toBe(
      'Naam ontbreekt; vul het in. (En nog 2 andere problemen.)',
    )
  })

  it('refuses unknown fields on strict inputs', () => {
    const result = apiContract['programme.create'].input.safeParse({ ...valid, hack: true })
    if (result.success) throw new Error('expected failure')
    expect(validationError(result.error).message).toBe(
      'De invoer bevat een veld dat de app hier niet kent: "hack".',
    )
  })
})
