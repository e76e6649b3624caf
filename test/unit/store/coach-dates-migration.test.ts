import { format } from 'date-fns'
import { describe, expect, it } from 'vitest'
import { generateDemo } from '../../../shared/demo'
import { mergeDemoInto } from '../../../shared/demo/merge-demo'
import { emptyStoreData, storeDataSchema } from '../../../shared/model'
import { coachDatesMigration } from '../../../main/store/coach-dates-migration'
import { migrateStoreObject, type RawStoreObject } from '../../../main/store/migrations'

const localDay = (moment: string): string => format(new Date(moment), 'yyyy-MM-dd')

/** A version-1 store: the demo with the coach's dates taken out again, as older app versions wrote it. */
function versionOneStore(): RawStoreObject {
  const data = emptyStoreData()
  mergeDemoInto(data, generateDemo({ today: '2026-11-28', now: '2026-11-28T09:00:00.000Z' }))
  const raw = JSON.parse(JSON.stringify({ ...data, schemaVersion: 1 })) as {
    ideas: Array<{ history: Array<Record<string, unknown>> }>
    actions: Array<Record<string, unknown>>
  }
  for (const idea of raw.ideas) for (const step of idea.history) delete step['date']
  for (const action of raw.actions) delete action['doneOn']
  return raw as unknown as RawStoreObject
}

const step = (at: string, status: string, note = '') => ({ at, status, by: 'Ilse', note })

describe('migration 1 → 2: the coach’s dates', () => {
  it('is the step from version 1 to 2 and gives a store the current schema accepts', () => {
    expect([coachDatesMigration.from, coachDatesMigration.to]).toEqual([1, 2])
    const migrated = migrateStoreObject(versionOneStore(), 1)
    const parsed = storeDataSchema.safeParse(migrated)
    expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true)
    const data = parsed.data
    expect(
      data?.ideas.every((idea) => idea.history.every((entry) => /^\d{4}-\d{2}-\d{2}$/.test(entry.date))),
    ).toBe(true)
    const done = data?.actions.filter((action) => action.done) ?? []
    expect(done.length).toBeGreaterThan(0)
    for (const action of done) expect(action.doneOn).toBe(localDay(action.doneAt ?? ''))
  })

  it('recovers the dates the idea still knows: collection, brought in, answer and feedback', () => {
    const partnerId = 'p-1'
    const raw: RawStoreObject = {
      schemaVersion: 1,
      partners: [{ id: partnerId, name: 'Gemeente Oldebroek' }],
      ideas: [
        {
          collectedOn: '2026-09-02',
          owners: [{ partnerId, since: '2026-10-01', answeredAt: '2026-10-12' }],
          feedback: [{ date: '2026-10-14', channel: 'brief', note: '', statusAtFeedback: 'ingebracht' }],
          // Everything typed in on 4 December, the way the coach did it in one go.
          history: [
            step('2026-12-04T09:00:00.000Z', 'opgehaald', 'Idee opgehaald.'),
            step('2026-12-04T09:01:00.000Z', 'uitgewerkt'),
            step('2026-12-04T09:02:00.000Z', 'ingebracht'),
            step('2026-12-04T09:03:00.000Z', 'ingebracht', 'Antwoord van Gemeente Oldebroek. Ja.'),
            step(
              '2026-12-04T09:04:00.000Z',
              'ingebracht',
              'Teruggekoppeld aan bewoners (status: ingebracht).',
            ),
          ],
        },
      ],
      actions: [],
    }
    const migrated = coachDatesMigration.migrate(structuredClone(raw))
    const ideas = migrated['ideas'] as Array<{ history: Array<{ date: string; at: string }> }>
    expect(ideas[0]?.history.map((entry) => entry.date)).toEqual([
      '2026-09-02',
      localDay('2026-12-04T09:01:00.000Z'),
      '2026-10-01',
      '2026-10-12',
      '2026-10-14',
    ])
    // The moment of recording stays as it was.
    expect(ideas[0]?.history[2]?.at).toBe('2026-12-04T09:02:00.000Z')
  })

  it('keeps a date already there and leaves what it cannot read for validation', () => {
    const raw: RawStoreObject = {
      schemaVersion: 1,
      ideas: [
        {
          collectedOn: '2026-09-02',
          history: [{ ...step('2026-09-03T08:00:00.000Z', 'opgehaald'), date: '2026-09-01' }],
        },
        { history: [step('not a moment', 'uitgewerkt'), 'no step'] },
        'not an idea',
      ],
      actions: [{ done: true, doneAt: '2026-10-01T10:00:00.000Z' }, { done: false }],
    }
    const migrated = coachDatesMigration.migrate(structuredClone(raw)) as {
      ideas: [{ history: Array<Record<string, unknown>> }, { history: unknown[] }, string]
      actions: Array<Record<string, unknown>>
    }
    expect(migrated.ideas[0].history[0]?.['date']).toBe('2026-09-01')
    expect(migrated.ideas[1].history).toEqual([step('not a moment', 'uitgewerkt'), 'no step'])
    expect(migrated.ideas[2]).toBe('not an idea')
    expect(migrated.actions).toEqual([
      { done: true, doneAt: '2026-10-01T10:00:00.000Z', doneOn: localDay('2026-10-01T10:00:00.000Z') },
      { done: false },
    ])
  })
})
