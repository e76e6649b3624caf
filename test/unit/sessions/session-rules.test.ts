import { describe, expect, it } from 'vitest'
import { amsterdamOffsetMinutes, amsterdamToUtc } from '../../../shared/domain/amsterdam-time'
import { doubleBookings, isStreetDone } from '../../../shared/domain/session-conflicts'
import { canPrintReport, sessionStatusChangeProblem, sessionTransitions } from '../../../shared/domain/session-rules'
import { sessionStatuses, type SessionStatus } from '../../../shared/model'

const allowed = new Set([
  'gepland>gehouden',
  'gepland>geannuleerd',
  'gepland>verplaatst',
  'verplaatst>gehouden',
  'verplaatst>geannuleerd',
  'verplaatst>gepland',
  'geannuleerd>gepland',
])

describe('session status rules', () => {
  it('allows exactly the listed changes', () => {
    for (const from of sessionStatuses) {
      for (const to of sessionStatuses) {
        expect(sessionTransitions[from].includes(to), `${from} → ${to}`).toBe(allowed.has(`${from}>${to}`))
      }
    }
  })

  it('refuses holding a session that lies in the future, and explains refusals in Dutch', () => {
    const today = '2026-11-28'
    expect(sessionStatusChangeProblem('gepland', 'gehouden', { date: '2026-12-01', today })).toBe(
      'Status: een sessie in de toekomst kan nog niet gehouden zijn.',
    )
    expect(sessionStatusChangeProblem('gepland', 'gehouden', { date: today, today })).toBeUndefined()
    expect(
      sessionStatusChangeProblem('gehouden', 'geannuleerd' as SessionStatus, { date: today, today }),
    ).toBe('Status: een sessie die gehouden is, kan niet geannuleerd worden.')
  })
})

describe('session conflicts', () => {
  const base = { date: '2026-12-02', status: 'gepland' as const, title: 'Ronde' }
  const names = new Map([
    ['anna', 'Anna'],
    ['bram', 'Bram'],
  ])

  it('warns when a team member is in two overlapping sessions, not when times only touch', () => {
    const session = {
      ...base,
      id: 'a',
      startTime: '19:00',
      endTime: '21:00',
      teamMemberIds: ['anna', 'bram'],
    }
    const overlapping = {
      ...base,
      id: 'b',
      title: 'Bewonersavond',
      startTime: '20:30',
      endTime: '22:00',
      teamMemberIds: ['anna'],
    }
    const touching = { ...base, id: 'c', startTime: '21:00', endTime: '22:00', teamMemberIds: ['anna'] }
    const cancelled = { ...overlapping, id: 'd', status: 'geannuleerd' as const }
    const otherPeople = { ...overlapping, id: 'e', teamMemberIds: ['carla'] }
    const warnings = doubleBookings(session, [session, overlapping, touching, cancelled, otherPeople], names)
    expect(warnings).toEqual([
      {
        kind: 'dubbel-geboekt',
        refId: 'b',
        message: 'Anna staat ook ingepland bij "Bewonersavond" (20:30–22:00).',
      },
    ])
  })

  it('calls a street done only when every address had a conversation, no interest or do-not-contact', () => {
    const outcomes = new Map([
      ['1', ['niet-thuis', 'gesprek'] as const],
      ['2', ['geen-interesse'] as const],
      ['3', ['kaartje'] as const],
    ])
    expect(isStreetDone(['1', '2'], outcomes)).toBe(true)
    expect(isStreetDone(['1', '2', '3'], outcomes)).toBe(false)
    expect(isStreetDone(['1', '4'], outcomes)).toBe(false)
    expect(isStreetDone([], outcomes)).toBe(false)
  })
})

describe('Dutch local time to UTC', () => {
  it('uses winter time (UTC+1) and summer time (UTC+2) on both sides of each change', () => {
    expect(amsterdamToUtc('2026-03-28', '19:30').toISOString()).toBe('2026-03-28T18:30:00.000Z')
    expect(amsterdamToUtc('2026-03-29', '19:30').toISOString()).toBe('2026-03-29T17:30:00.000Z')
    expect(amsterdamToUtc('2026-10-24', '19:30').toISOString()).toBe('2026-10-24T17:30:00.000Z')
    expect(amsterdamToUtc('2026-10-25', '19:30').toISOString()).toBe('2026-10-25T18:30:00.000Z')
  })

  it('moves a time in the skipped spring hour forward, and takes the first of the doubled autumn hour', () => {
    expect(amsterdamToUtc('2026-03-29', '02:30').toISOString()).toBe('2026-03-29T01:30:00.000Z')
    expect(amsterdamToUtc('2026-10-25', '02:30').toISOString()).toBe('2026-10-25T00:30:00.000Z')
    expect(amsterdamOffsetMinutes(Date.parse('2026-07-01T12:00:00Z'))).toBe(120)
    expect(amsterdamOffsetMinutes(Date.parse('2026-01-01T12:00:00Z'))).toBe(60)
  })
})

describe('printing a verslag', () => {
  const today = '2026-12-04'
  it('is offered once the session has taken place, never ahead of it or when cancelled', () => {
    expect(canPrintReport({ status: 'gepland', date: '2026-12-05' }, today)).toBe(false)
    expect(canPrintReport({ status: 'verplaatst', date: '2027-01-10' }, today)).toBe(false)
    expect(canPrintReport({ status: 'gepland', date: today }, today)).toBe(true)
    expect(canPrintReport({ status: 'gehouden', date: '2026-11-20' }, today)).toBe(true)
    expect(canPrintReport({ status: 'geannuleerd', date: '2026-11-20' }, today)).toBe(false)
  })
})
