import { type Random } from './random'
import { stampOf } from './demo-dates'

/** Fields every generated programme entity starts with. */
export interface DemoEntityBase {
  id: string
  programmeId: string
  createdAt: string
  updatedAt: string
}

/** What every part of the demo generator shares: the random source, ids, the programme and its calendar. */
export interface DemoContext {
  readonly rng: Random
  readonly newId: () => string
  readonly programmeId: string
  /** Day number of `today`. */
  readonly todayDay: number
  /** Day number the programme started (about six months before today). */
  readonly startDay: number
  /** `now` as a UTC ISO timestamp; no generated timestamp lies after it. */
  readonly nowIso: string
  /** An ISO timestamp on `day` at `minuteOfDay`, never after `now`. */
  stamp(day: number, minuteOfDay?: number): string
  /**
   * A new entity: id, programmeId, createdAt (on `createdDay`) and updatedAt (on `updatedDay`), then
   * `fields`. Built with Object.assign rather than object spread, so the tens of thousands of entities
   * of a large demo share one hidden class and stay fast to read.
   */
  entity<T extends object>(
    fields: T,
    createdDay: number,
    updatedDay?: number,
    minuteOfDay?: number,
  ): DemoEntityBase & T
}

/** Builds the shared context of one demo generation. */
export function createDemoContext(options: {
  rng: Random
  newId: () => string
  programmeId: string
  todayDay: number
  startDay: number
  nowIso: string
}): DemoContext {
  const { nowIso, newId, programmeId } = options
  const stamp = (day: number, minuteOfDay = 9 * 60): string => {
    const value = stampOf(day, minuteOfDay)
    return value > nowIso ? nowIso : value
  }
  return {
    ...options,
    stamp,
    entity: <T extends object>(
      fields: T,
      createdDay: number,
      updatedDay = createdDay,
      minuteOfDay = 9 * 60,
    ): DemoEntityBase & T => {
      const createdAt = stamp(createdDay, minuteOfDay)
      const updated = stamp(updatedDay, updatedDay === createdDay ? minuteOfDay : 17 * 60)
      const base: DemoEntityBase = {
        id: newId(),
        programmeId,
        createdAt,
        updatedAt: updated < createdAt ? createdAt : updated,
      }
      return Object.assign(base, fields)
    },
  }
}
