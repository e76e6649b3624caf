import { describe, expect, it } from 'vitest'
import { defaultSessionTimes, sessionTimesFor, shiftTimes } from '../../../shared/domain/session-times'
import { settingsPatchSchema, settingsSchema } from '../../../shared/model/settings'
import { sessionTypes } from '../../../shared/model/vocabulary'

describe('session times', () => {
  it('puts door rounds in the late afternoon and bewonersavonden in the evening', () => {
    expect(defaultSessionTimes['deur-aan-deur'].startTime >= '15:00').toBe(true)
    expect(defaultSessionTimes['deur-aan-deur'].endTime <= '19:00').toBe(true)
    expect(defaultSessionTimes.bewonersavond.startTime >= '19:00').toBe(true)
    for (const type of sessionTypes) {
      const times = defaultSessionTimes[type]
      expect(times.endTime > times.startTime, type).toBe(true)
    }
  })

  it("uses the coach's last choice for that kind, and the usual times for other kinds", () => {
    const remembered = { 'deur-aan-deur': { startTime: '17:00', endTime: '19:00' } }
    expect(sessionTimesFor('deur-aan-deur', remembered)).toEqual({ startTime: '17:00', endTime: '19:00' })
    expect(sessionTimesFor('bewonersavond', remembered)).toEqual(defaultSessionTimes.bewonersavond)
  })

  it('moves times to an hour chosen in the calendar, keeping their length', () => {
    expect(shiftTimes({ startTime: '16:00', endTime: '18:30' }, '10:00')).toEqual({
      startTime: '10:00',
      endTime: '12:30',
    })
    expect(shiftTimes({ startTime: '19:30', endTime: '21:30' }, '23:00')).toEqual({
      startTime: '23:00',
      endTime: '23:59',
    })
  })

  it('keeps remembered times in the settings, checked like a session', () => {
    expect(settingsSchema.parse({}).sessionTimes).toEqual({})
    const good = { sessionTimes: { bewonersavond: { startTime: '19:00', endTime: '21:00' } } }
    expect(settingsPatchSchema.parse(good)).toEqual(good)
    expect(
      settingsPatchSchema.safeParse({
        sessionTimes: { bewonersavond: { startTime: '21:00', endTime: '19:00' } },
      }).success,
    ).toBe(false)
    expect(
      settingsPatchSchema.safeParse({ sessionTimes: { feest: { startTime: '19:00', endTime: '21:00' } } })
        .success,
    ).toBe(false)
  })
})
