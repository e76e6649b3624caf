import { describe, expect, it } from 'vitest'
import { computeProgrammeStats } from '../../../shared/domain/stats'
import { createRedactor } from '../../../shared/domain/redaction'
import {
  dataAsOf,
  ideaStatusOn,
  periodActivity,
  reportFileName,
  resolvePeriod,
} from '../../../shared/reports'
import { demoSource, TODAY } from './demo-source'

const d = demoSource()
const { demo } = d
const programmeId = demo.programme.id

describe('report period and snapshot', () => {
  it('defaults to the programme start up to today', () => {
    expect(resolvePeriod(demo.programme, {}, TODAY)).toEqual({
      from: demo.programme.period.start,
      to: TODAY,
      asOf: TODAY,
      fromStart: true,
    })
    expect(resolvePeriod(demo.programme, { from: '2026-09-01', to: '2027-02-01' }, TODAY)).toMatchObject({
      to: '2027-02-01',
      asOf: TODAY,
      fromStart: false,
    })
    const ended = { ...demo.programme, period: { start: '2025-01-01', end: '2025-12-31' } }
    expect(resolvePeriod(ended, {}, TODAY)).toMatchObject({
      from: '2025-01-01',
      to: '2025-12-31',
      asOf: '2025-12-31',
    })
  })

  it('equals stats.programme as of today', () => {
    const snapshot = dataAsOf(d.source.data, programmeId, TODAY, TODAY)
    expect(computeProgrammeStats({ ...snapshot, programmes: [demo.programme] }, programmeId, TODAY)).toEqual(
      d.stats,
    )
  })

  it('goes back to how things stood on an earlier day', () => {
    const day = '2026-08-31'
    const snapshot = dataAsOf(d.source.data, programmeId, day, TODAY)
    expect(snapshot.contacts.every((contact) => contact.date <= day)).toBe(true)
    expect(snapshot.ideas.every((idea) => idea.collectedOn <= day)).toBe(true)
    expect(snapshot.ideas.some((idea) => idea.status === 'gerealiseerd')).toBe(false)
    expect(snapshot.sessions.filter((s) => s.status === 'gehouden').every((s) => s.date <= day)).toBe(true)
  })

  it('reads an idea’s status on a day from its history', () => {
    const idea = demo.ideas.find((i) => i.status === 'gerealiseerd' && i.history.length === 5)
    if (!idea) throw new Error('geen gerealiseerd idee')
    expect(ideaStatusOn(idea, idea.collectedOn)).toBe('opgehaald')
    expect(ideaStatusOn(idea, TODAY)).toBe('gerealiseerd')
  })

  it('counts only what happened within the period', () => {
    const snapshot = dataAsOf(d.source.data, programmeId, TODAY, TODAY)
    const whole = periodActivity(snapshot, demo.programme.period.start, TODAY)
    expect(whole.contactMoments).toBe(d.stats.contactMoments)
    expect(whole.conversations).toBe(d.stats.conversations)
    expect(whole.newlyReached).toBe(d.stats.reached)
    expect(whole.ideasCollected).toBe(d.stats.ideas)
    expect(whole.sessionsHeld).toBe(d.stats.sessionsHeld)
    const autumn = periodActivity(snapshot, '2026-09-01', '2026-10-31')
    expect(autumn.contactMoments).toBe(
      demo.contacts.filter((c) => c.date >= '2026-09-01' && c.date <= '2026-10-31').length,
    )
    expect(autumn.sessionsHeld).toBeLessThan(whole.sessionsHeld)
  })
})

describe('redaction and file names', () => {
  it('replaces whole names only, longest first', () => {
    const redact = createRedactor(
      { residentNames: ['Jan', 'Jan Willem', 'A'], streetNames: [] },
      { language: 'nl' },
    )
    expect(redact('Jan Willem en Jan komen in januari; Janssen niet.')).toBe(
      '[naam] en [naam] komen in januari; Janssen niet.',
    )
    expect(createRedactor({ residentNames: [], streetNames: [] }, { language: 'nl' })('Jan')).toBe('Jan')
  })

  it('makes file names Windows and macOS accept', () => {
    expect(reportFileName(['Partnerrapportage', 'A/B: "test"?', '2026-11-28'])).toBe(
      'Partnerrapportage A B test 2026-11-28.docx',
    )
    expect(reportFileName(['\u0000'])).toBe('Rapport.docx')
  })
})
