import ICAL from 'ical.js'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startTestRuntime, type TestRuntime } from '../support/test-runtime'

let t: TestRuntime
let programmeId: string
let anna: string
let streetId: string

beforeEach(async () => {
  t = await startTestRuntime()
  programmeId = (
    await t.call('programme.create', {
      name: 'Oldebroek Voor Mekaar',
      gemeente: 'Oldebroek',
      period: { start: '2026-01-01' },
    })
  ).id
  anna = (await t.call('team.create', { programmeId, name: 'Anna Smit' })).id
  streetId = (await t.call('street.create', { programmeId, name: 'Zwaluwstraat' })).id
})
afterEach(() => t.dispose())

const plan = (extra: Record<string, unknown> = {}) =>
  t.call('session.create', {
    programmeId,
    type: 'deur-aan-deur',
    title: 'Ronde Zwaluwstraat',
    date: '2026-12-02',
    startTime: '19:00',
    endTime: '21:00',
    location: 'Zwaluwstraat, bij nummer 1',
    streetIds: [streetId],
    teamMemberIds: [anna],
    ...extra,
  })

describe('sessions', () => {
  it('plans, reschedules (verplaatst), holds and reports a session with ideas and door outcomes', async () => {
    const { session } = await plan({ date: '2026-11-20' })
    expect(session.status).toBe('gepland')
    const moved = await t.call('session.update', { sessionId: session.id, date: '2026-11-26' })
    expect(moved.session).toMatchObject({ status: 'verplaatst', date: '2026-11-26' })
    const address = await t.call('address.create', { streetId, houseNumber: 1 })
    await t.call('contact.record', {
      addressId: address.id,
      outcome: 'gesprek',
      sessionId: session.id,
      date: '2026-11-26',
    })
    await t.call('idea.create', { programmeId, title: 'Speeltoestel', sessionId: session.id, streetId })
    await t.call('action.create', {
      programmeId,
      title: 'Gemeente bellen',
      sessionId: session.id,
      ownerTeamMemberId: anna,
      due: '2026-12-05',
    })
    const held = await t.call('session.saveReport', {
      sessionId: session.id,
      attendees: 14,
      notes: 'Goede ronde, veel mensen thuis.',
    })
    expect(held.status).toBe('gehouden')
    expect(held.report).toMatchObject({ attendees: 14, notes: 'Goede ronde, veel mensen thuis.' })
    const detail = await t.call('session.get', { sessionId: session.id })
    expect(detail).toMatchObject({
      contactCount: 1,
      reportMissing: false,
      teamNames: ['Anna Smit'],
      streetNames: ['Zwaluwstraat'],
    })
    expect(detail.ideas.map((i) => i.title)).toEqual(['Speeltoestel'])
    expect(detail.actions).toHaveLength(1)
    expect(await t.raw('session.update', { sessionId: session.id, date: '2026-12-01' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    })
  })

  it('lists past sessions without a verslag', async () => {
    const { session: past } = await plan({ date: '2026-11-10' })
    await plan({ date: '2026-12-10' })
    const list = await t.call('session.list', { programmeId })
    expect(list.map((item) => [item.session.date, item.reportMissing])).toEqual([
      ['2026-11-10', true],
      ['2026-12-10', false],
    ])
    await t.call('session.saveReport', { sessionId: past.id, attendees: 3 })
    expect((await t.call('session.list', { programmeId }))[0]?.reportMissing).toBe(false)
  })

  it('refuses holding a future session and an end before the start, in Dutch', async () => {
    const { session } = await plan()
    expect(await t.raw('session.setStatus', { sessionId: session.id, status: 'gehouden' })).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: 'Status: een sessie in de toekomst kan nog niet gehouden zijn.',
      },
    })
    expect(
      await t.raw('session.create', {
        programmeId,
        type: 'bewonersavond',
        title: 'x',
        date: '2026-12-01',
        startTime: '20:00',
        endTime: '19:00',
      }),
    ).toMatchObject({
      ok: false,
      error: { field: 'endTime', message: 'Eindtijd moet na de begintijd liggen.' },
    })
  })

  it('warns, without blocking, about a double-booked team member and a street that is done', async () => {
    await plan()
    const { warnings } = await plan({
      title: 'Keukentafel',
      type: 'keukentafel',
      startTime: '20:00',
      endTime: '21:30',
      streetIds: [],
    })
    expect(warnings).toEqual([
      expect.objectContaining({
        kind: 'dubbel-geboekt',
        message: 'Anna Smit staat ook ingepland bij "Ronde Zwaluwstraat" (19:00–21:00).',
      }),
    ])
    const a = await t.call('address.create', { streetId, houseNumber: 1 })
    await t.call('contact.record', { addressId: a.id, outcome: 'gesprek' })
    const check = await t.call('session.checkWarnings', {
      programmeId,
      date: '2026-12-09',
      startTime: '10:00',
      endTime: '11:00',
      streetIds: [streetId],
    })
    expect(check).toEqual([expect.objectContaining({ kind: 'straat-klaar', refId: streetId })])
  })

  it('exports an .ics that parses, with the right UTC times on both sides of the change to winter time', async () => {
    const { session: summer } = await plan({
      title: 'Ronde zomertijd',
      date: '2026-10-24',
      startTime: '19:30',
      endTime: '21:00',
    })
    const { session: winter } = await plan({
      title: 'Ronde wintertijd',
      date: '2026-10-26',
      startTime: '19:30',
      endTime: '21:00',
      teamMemberIds: [],
    })
    const { fileName, text } = await t.call('session.exportIcs', { programmeId })
    expect(fileName).toBe('Planning Oldebroek Voor Mekaar.ics')
    const calendar = new ICAL.Component(ICAL.parse(text))
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
    const byTitle = new Map(events.map((e) => [e.summary, e]))
    expect(byTitle.get('Ronde zomertijd')?.startDate.toJSDate().toISOString()).toBe(
      '2026-10-24T17:30:00.000Z',
    )
    expect(byTitle.get('Ronde zomertijd')?.endDate.toJSDate().toISOString()).toBe('2026-10-24T19:00:00.000Z')
    expect(byTitle.get('Ronde wintertijd')?.startDate.toJSDate().toISOString()).toBe(
      '2026-10-26T18:30:00.000Z',
    )
    expect(byTitle.get('Ronde wintertijd')?.location).toBe('Zwaluwstraat, bij nummer 1')
    expect(byTitle.get('Ronde wintertijd')?.description).toContain(
      'Deur-aan-deurronde — Oldebroek Voor Mekaar',
    )
    expect(byTitle.get('Ronde zomertijd')?.uid).toBe(`${summer.id}@krachtstroom-coach`)
    const one = await t.call('session.exportIcs', { programmeId, sessionIds: [winter.id] })
    expect(one.fileName).toBe('Ronde wintertijd.ics')
    expect(one.text.match(/BEGIN:VEVENT/g)).toHaveLength(1)
  })
})
