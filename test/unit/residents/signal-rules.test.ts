import { describe, expect, it } from 'vitest'
import {
  canChangeSignalStatus,
  signalClosedOn,
  signalStatusChoices,
} from '../../../shared/domain/signal-rules'
import { signalSchema } from '../../../shared/model'
import { signals } from './residents-fixture'

const problems = (value: unknown): string[] => {
  const result = signalSchema.safeParse(value)
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
}

describe('the consent rules of a signal, enforced by the store schema', () => {
  const countOnly = signals.g1

  it('keeps only kind, street and day without consent', () => {
    expect(problems(countOnly)).toEqual([])
    expect(problems({ ...countOnly, addressId: signals.g2.addressId })).toEqual([
      'addressId: zonder toestemming om vast te leggen bewaren we geen adres',
    ])
    expect(problems({ ...countOnly, note: 'Woont alleen' })).toEqual([
      'note: zonder toestemming om vast te leggen bewaren we geen notitie',
    ])
    expect(problems({ ...countOnly, route: 'eigen-netwerk' })).toEqual([
      'route: zonder toestemming om vast te leggen leggen we geen vervolg vast',
    ])
    expect(problems({ ...countOnly, status: 'open' })[0]).toMatch(
      /^status: zonder toestemming wordt een signaal alleen geteld/,
    )
  })

  it('asks how and when consent was given', () => {
    const { consentHow: _how, ...withoutHow } = signals.g4
    expect(problems(withoutHow)).toEqual(['consentHow: zeg hoe de bewoner toestemming gaf'])
  })

  it('hands over to a partner only with consent to pass it on, and only as a warm handover', () => {
    expect(problems(signals.g2)).toEqual([])
    expect(problems({ ...signals.g2, consent: 'vastleggen' })).toEqual([
      'consent: voor een warme overdracht is toestemming om door te geven nodig',
      'route: voor een warme overdracht is toestemming om door te geven nodig',
    ])
    expect(problems({ ...signals.g2, route: 'buren' })).toEqual([
      'route: een overdracht aan een partner hoort bij de route warme overdracht',
    ])
    const { handover: _handover, ...withoutHandover } = signals.g3
    expect(problems(withoutHandover)).toEqual([
      'route: een warme overdracht leg je vast door het signaal aan een partner over te dragen',
    ])
  })
})

describe('the follow-up of a signal', () => {
  it('reaches "overgedragen" only through a handover and can reopen what was closed', () => {
    expect(canChangeSignalStatus('open', 'overgedragen')).toBe(false)
    expect(canChangeSignalStatus('overgedragen', 'opgepakt')).toBe(true)
    expect(canChangeSignalStatus('afgerond', 'opgepakt')).toBe(false)
    expect(signalStatusChoices('afgerond')).toEqual(['open'])
  })

  it('closes on the last afgerond or geen behoefte meer, and only while closed', () => {
    expect(signalClosedOn(signals.g6)).toBe('2026-05-10')
    expect(signalClosedOn(signals.g2)).toBeUndefined()
  })
})
