import { type Idea } from '../model'
import { statusChanges } from './idea-history'

/**
 * True when residents have not yet heard about the idea's latest status change: its status changed
 * after collection and there is no feedback dated on or after the day of that change (both as the
 * coach gave them). Merged ideas never need feedback of their own (the idea they were merged into
 * carries it).
 */
export function isFeedbackDue(idea: Pick<Idea, 'status' | 'history' | 'feedback'>): boolean {
  if (idea.status === 'samengevoegd') return false
  const changes = statusChanges(idea.history).slice(1)
  const lastChange = changes[changes.length - 1]
  if (!lastChange) return false
  const lastFeedback = idea.feedback.reduce<string | undefined>(
    (latest, f) => (!latest || f.date > latest ? f.date : latest),
    undefined,
  )
  return !lastFeedback || lastFeedback < lastChange.date
}
