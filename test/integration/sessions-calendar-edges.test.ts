import ICAL from 'ical.js'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { wallTimeKind } from '../../shared/domain/amsterdam-time'
import { foldIcsLines } from '../../main/io/ics-folding'
import { startTestRuntime, type TestRuntime } from '../support/test-runtime'

let t: TestRuntime
let programmeId: string

beforeEach(async () => {
  t = await startTestRuntime()
  programmeId = (
    await t.call('programme.create', {
      name: 'Ideeënmarkt 🙂',
      gemeente: 'Oldebroek',
      period: { start: '2026-01-01' },
    })
  ).id
})
afterEach(() => t.dispose())

const session = (date: string, startTime: string, endTime: string, extra: Record<string, unknown> = {}) => ({
  programmeId,
  type: 'ideeenmarkt' as const,
  title: 'Nachtmarkt',
  date,
  startTime,
  endTime,
  ...extra,
})

const utf8Length = (line: string): number => Buffer.byteLength(line, 'utf8')

function parseCalendar(text: string): ICAL.Event[] {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
}

describe('sessions on the nights the clocks change', () => {
  it('knows which Dutch times are skipped or happen twice', () => {
    expect(wallTimeKind('2026-03-29', '02:30')).toBe('skipped')
    expect(wallTimeKind('2026-03-29', '01:59')).toBe('normal')
    expect(wallTimeKind('2026-03-29', '03:00')).toBe('normal')
    expect(wallTimeKind('2026-10-25', '02:00')).toBe('repeated')
    expect(wallTimeKind('2026-10-25', '02:59')).toBe('repeated')
    expect(wallTimeKind('2026-10-25', '03:00')).toBe('normal')
    expect(wallTimeKind('2026-10-24', '02:30')).toBe('normal')
  })

  it('refuses a start in the skipped hour and an end in the repeated hour, saying why, in the language asked', async () => {
    const spring = await t.raw('session.create', session('2026-03-29', '02:30', '04:00'))
    expect(spring).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION_FAILED',
        field: 'startTime',
        message:
          'Begintijd: 02:30 bestaat niet op 29 maart 2026; die nacht gaat de klok om 02:00 een uur vooruit naar 03:00. Kies een tijd vóór 02:00 of vanaf 03:00.',
      },
    })
    const autumn = await t.runtime.dispatch('session.create', session('2026-10-25', '00:30', '02:15'), {
      language: 'en',
    })
    expect(autumn).toMatchObject({
      ok: false,
      error: {
        field: 'endTime',
        message:
          'End time: 02:15 happens twice on 25 October 2026; that night the clocks go back an hour at 03:00, to 02:00. Choose a time before 02:00 or from 03:00.',
      },
    })
    expect(await t.call('session.list', { programmeId })).toEqual([])
  })

  it('refuses moving a session into the skipped hour, and changes nothing', async () => {
    const { session: planned } = await t.call('session.create', session('2026-03-28', '20:00', '22:00'))
    const moved = await t.raw('session.update', {
      sessionId: planned.id,
      date: '2026-03-29',
      startTime: '02:00',
      endTime: '03:30',
    })
    expect(moved).toMatchObject({ ok: false, error: { field: 'startTime' } })
    expect((await t.call('session.get', { sessionId: planned.id })).session).toMatchObject({
      date: '2026-03-28',
      revision: 0,
    })
  })

  it('exports a session across the change with its true length (2 hours in spring, 4 in autumn)', async () => {
    await t.call('session.create', session('2026-03-29', '01:00', '04:00', { title: 'Lente' }))
    await t.call('session.create', session('2026-10-25', '01:00', '04:00', { title: 'Herfst' }))
    const { text } = await t.call('session.exportIcs', { programmeId })
    const hours = new Map(
      parseCalendar(text).map((e) => [
        e.summary,
        (e.endDate.toJSDate().getTime() - e.startDate.toJSDate().getTime()) / 3_600_000,
      ]),
    )
    expect(hours.get('Lente')).toBe(2)
    expect(hours.get('Herfst')).toBe(4)
  })
})

describe('calendar files', () => {
  it('folds every line at 75 octets of UTF-8, never inside a character, and reads back the same text', async () => {
    const title = `Ideeënmarkt ${'ë'.repeat(40)} 🙂🙂🙂 ${'€'.repeat(30)} “buurt”`
    const goal = `Samen één plan 🏘️ maken. ${'Ééé ü ö ï — '.repeat(20)}`
    await t.call(
      'session.create',
      session('2026-12-02', '19:00', '21:00', { title, goal, location: 'Café ’t Hoekje' }),
    )
    const { text } = await t.call('session.exportIcs', { programmeId })
    const lines = text.split('\r\n')
    expect(Math.max(...lines.map(utf8Length))).toBeLessThanOrEqual(75)
    expect(lines.some((line) => line.startsWith(' '))).toBe(true)
    // No line ends in half a character.
    expect(
      lines.every((line) => !line.includes('\uFFFD') && Buffer.from(line, 'utf8').toString('utf8') === line),
    ).toBe(true)
    const [event] = parseCalendar(text)
    expect(event?.summary).toBe(title)
    expect(event?.location).toBe('Café ’t Hoekje')
    expect(event?.description).toContain(goal)
  })

  it('gives each event a stable UID and a SEQUENCE that goes up with every change', async () => {
    const { session: planned } = await t.call('session.create', session('2026-12-02', '19:00', '21:00'))
    const first = parseCalendar((await t.call('session.exportIcs', { programmeId })).text)[0]
    expect(first?.uid).toBe(`${planned.id}@krachtstroom-coach`)
    expect(first?.sequence).toBe(0)
    await t.call('session.update', { sessionId: planned.id, startTime: '19:30' })
    await t.call('session.update', { sessionId: planned.id, location: 'Buurthuis' })
    await t.call('session.setStatus', { sessionId: planned.id, status: 'geannuleerd' })
    const after = parseCalendar(
      (await t.call('session.exportIcs', { programmeId, sessionIds: [planned.id] })).text,
    )[0]
    expect(after?.uid).toBe(first?.uid)
    expect(after?.sequence).toBe(3)
    expect(after?.component.getFirstPropertyValue('status')).toBe('CANCELLED')
  })

  it('folds by octets what the ics package folded by characters', () => {
    const folded = foldIcsLines(`SUMMARY:${'é'.repeat(70)}\r\n\t${'é'.repeat(10)}\r\nEND:VEVENT`)
    const lines = folded.split('\r\n')
    expect(lines.map(utf8Length)).toEqual([74, 75, 21, 10])
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'é'.repeat(80)}\r\nEND:VEVENT`)
  })
})
