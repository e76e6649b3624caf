import { describe, expect, it } from 'vitest'
import {
  canChangeIdeaStatus,
  ideaStatusChangeProblem,
  ideaTransitions,
} from '../../../shared/domain/idea-lifecycle'
import { isFeedbackDue } from '../../../shared/domain/idea-feedback'
import { ideaStatuses, type IdeaStatus } from '../../../shared/model'

/** The lifecycle written out pair by pair, so a change to the table has to be deliberate. */
const allowed: ReadonlyArray<[IdeaStatus, IdeaStatus]> = [
  ['opgehaald', 'uitgewerkt'],
  ['opgehaald', 'geparkeerd'],
  ['opgehaald', 'niet-haalbaar'],
  ['opgehaald', 'samengevoegd'],
  ['uitgewerkt', 'ingebracht'],
  ['uitgewerkt', 'opgehaald'],
  ['uitgewerkt', 'geparkeerd'],
  ['uitgewerkt', 'niet-haalbaar'],
  ['uitgewerkt', 'samengevoegd'],
  ['ingebracht', 'in-uitvoering'],
  ['ingebracht', 'uitgewerkt'],
  ['ingebracht', 'geparkeerd'],
  ['ingebracht', 'niet-haalbaar'],
  ['ingebracht', 'samengevoegd'],
  ['in-uitvoering', 'gerealiseerd'],
  ['in-uitvoering', 'ingebracht'],
  ['in-uitvoering', 'geparkeerd'],
  ['in-uitvoering', 'niet-haalbaar'],
  ['gerealiseerd', 'in-uitvoering'],
  ['geparkeerd', 'opgehaald'],
  ['geparkeerd', 'uitgewerkt'],
  ['geparkeerd', 'ingebracht'],
  ['geparkeerd', 'niet-haalbaar'],
  ['niet-haalbaar', 'opgehaald'],
  ['niet-haalbaar', 'uitgewerkt'],
  ['niet-haalbaar', 'geparkeerd'],
]

describe('idea lifecycle table', () => {
  it('allows exactly the listed transitions, every pair checked', () => {
    const expected = new Set(allowed.map(([from, to]) => `${from}>${to}`))
    for (const from of ideaStatuses) {
      for (const to of ideaStatuses) {
        expect(canChangeIdeaStatus(from, to), `${from} → ${to}`).toBe(expected.has(`${from}>${to}`))
      }
    }
  })

  it('makes samengevoegd final', () => {
    expect(ideaTransitions.samengevoegd).toEqual([])
  })

  it('explains a refused change in Dutch with the ways forward', () => {
    expect(ideaStatusChangeProblem('opgehaald', 'gerealiseerd', { hasOwners: false })).toBe(
      'Status: een idee dat opgehaald is, kan niet naar "gerealiseerd". Van hieruit kan het naar "uitgewerkt", "geparkeerd", "niet haalbaar".',
    )
    expect(ideaStatusChangeProblem('opgehaald', 'opgehaald', { hasOwners: false })).toMatch(/staat al op/)
  })

  it('requires a reason for niet haalbaar and a partner for ingebracht', () => {
    expect(ideaStatusChangeProblem('uitgewerkt', 'niet-haalbaar', { hasOwners: false })).toMatch(/^Reden:/)
    expect(
      ideaStatusChangeProblem('uitgewerkt', 'niet-haalbaar', { hasOwners: false, reason: '  ' }),
    ).toMatch(/^Reden:/)
    expect(
      ideaStatusChangeProblem('uitgewerkt', 'niet-haalbaar', { hasOwners: false, reason: 'Geen budget' }),
    ).toBeUndefined()
    expect(ideaStatusChangeProblem('uitgewerkt', 'ingebracht', { hasOwners: false })).toMatch(/^Partners:/)
    expect(ideaStatusChangeProblem('uitgewerkt', 'ingebracht', { hasOwners: true })).toBeUndefined()
  })

  it('lets samengevoegd happen only through merging', () => {
    expect(ideaStatusChangeProblem('opgehaald', 'samengevoegd', { hasOwners: false })).toMatch(/Samenvoegen/)
    expect(
      ideaStatusChangeProblem('opgehaald', 'samengevoegd', { hasOwners: false, viaMerge: true }),
    ).toBeUndefined()
    expect(
      ideaStatusChangeProblem('gerealiseerd', 'samengevoegd', { hasOwners: false, viaMerge: true }),
    ).toMatch(/kan niet naar/)
  })
})

describe('isFeedbackDue', () => {
  /** A step dated `date` by the coach, recorded `recordedDaysLater` days after it. */
  const entry = (date: string, status: IdeaStatus, recordedDaysLater = 0) => {
    const at = new Date(Date.parse(`${date}T10:00:00.000Z`) + recordedDaysLater * 86_400_000).toISOString()
    return { at, date, status, by: '', note: '' }
  }
  const feedback = (date: string) => ({
    date,
    channel: 'brief' as const,
    note: '',
    statusAtFeedback: 'uitgewerkt' as const,
  })

  it('is not due before anything happened', () => {
    expect(
      isFeedbackDue({ status: 'opgehaald', history: [entry('2026-01-01', 'opgehaald')], feedback: [] }),
    ).toBe(false)
  })

  it('is due after a status change without feedback, and not after feedback that day or later', () => {
    const history = [
      entry('2026-01-01', 'opgehaald'),
      entry('2026-02-01', 'uitgewerkt'),
      entry('2026-02-03', 'uitgewerkt'),
    ]
    expect(isFeedbackDue({ status: 'uitgewerkt', history, feedback: [] })).toBe(true)
    expect(isFeedbackDue({ status: 'uitgewerkt', history, feedback: [feedback('2026-01-15')] })).toBe(true)
    expect(isFeedbackDue({ status: 'uitgewerkt', history, feedback: [feedback('2026-02-01')] })).toBe(false)
  })

  it('goes by the dates the coach gave, not by when they were recorded', () => {
    // Brought in on 1 October, typed in on 4 December; residents heard about it on 3 October.
    const history = [entry('2026-09-01', 'opgehaald'), entry('2026-10-01', 'ingebracht', 64)]
    expect(isFeedbackDue({ status: 'ingebracht', history, feedback: [feedback('2026-10-03')] })).toBe(false)
    expect(isFeedbackDue({ status: 'ingebracht', history, feedback: [feedback('2026-09-20')] })).toBe(true)
  })

  it('never asks feedback for a merged idea', () => {
    const history = [entry('2026-01-01', 'opgehaald'), entry('2026-02-01', 'samengevoegd')]
    expect(isFeedbackDue({ status: 'samengevoegd', history, feedback: [] })).toBe(false)
  })
})
