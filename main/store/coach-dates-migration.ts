import { format } from 'date-fns'
import { type Migration, type RawStoreObject } from './migrations'

type Raw = Record<string, unknown>

const isObject = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const list = (value: unknown): Raw[] => (Array.isArray(value) ? value.filter(isObject) : [])
const text = (value: unknown): string => (typeof value === 'string' ? value : '')
const isDay = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)

/** The coach's local day of a recorded moment, as the app fills in "today" (the machine's time zone). */
function localDay(moment: unknown): string | undefined {
  const time = Date.parse(text(moment))
  return Number.isNaN(time) ? undefined : format(new Date(time), 'yyyy-MM-dd')
}

/**
 * The day each step of one idea's history happened. Where the idea itself still knows the date the
 * coach gave, that date is used: the collection date for the first step, the feedback's date for a
 * "Teruggekoppeld" step, the partner's answer date for an "Antwoord van" step, and the date the idea
 * was brought in (the owners' `since`) for a step to "ingebracht". Otherwise the day it was recorded.
 */
function historyDates(idea: Raw, partnerNames: ReadonlyMap<string, string>): Array<string | undefined> {
  const history = list(idea['history'])
  const feedbackDays = list(idea['feedback']).map((feedback) => feedback['date'])
  const owners = list(idea['owners'])
  let feedbackIndex = 0
  return history.map((entry, index) => {
    const recorded = localDay(entry['at'])
    const note = text(entry['note'])
    if (index === 0 && entry['status'] === 'opgehaald' && isDay(idea['collectedOn']))
      return idea['collectedOn']
    if (note.startsWith('Teruggekoppeld aan bewoners')) {
      const day = feedbackDays[feedbackIndex]
      feedbackIndex += 1
      if (isDay(day)) return day
    }
    if (note.startsWith('Antwoord van ')) {
      const owner = owners.find((o) =>
        note.startsWith(`Antwoord van ${partnerNames.get(text(o['partnerId']))}.`),
      )
      if (owner && isDay(owner['answeredAt'])) return owner['answeredAt']
    }
    const previous = history[index - 1]
    if (entry['status'] === 'ingebracht' && previous?.['status'] !== 'ingebracht' && recorded !== undefined) {
      const since = owners
        .map((owner) => owner['since'])
        .filter(isDay)
        .filter((day) => day <= recorded)
        .sort()
      const latest = since[since.length - 1]
      if (latest !== undefined) return latest
    }
    return recorded
  })
}

/**
 * Step 1 → 2: every dated event keeps the date the coach gave, apart from the moment it was recorded.
 * Idea history steps get `date` (see {@link historyDates}); done follow-ups get `doneOn`, the day
 * they were ticked off. Nothing else changes; entries that are not objects are left for validation.
 */
export const coachDatesMigration: Migration = {
  from: 1,
  to: 2,
  description:
    'Ideeënverloop en vervolgstappen krijgen de datum van de coach naast het moment van vastleggen',
  migrate(data: RawStoreObject): RawStoreObject {
    const partnerNames = new Map(list(data['partners']).map((p) => [text(p['id']), text(p['name'])]))
    for (const idea of list(data['ideas'])) {
      const dates = historyDates(idea, partnerNames)
      list(idea['history']).forEach((entry, index) => {
        const date = dates[index]
        if (!isDay(entry['date']) && date !== undefined) entry['date'] = date
      })
    }
    for (const action of list(data['actions'])) {
      if (action['done'] === true && !isDay(action['doneOn'])) {
        const day = localDay(action['doneAt'])
        if (day !== undefined) action['doneOn'] = day
      }
    }
    return data
  },
}
