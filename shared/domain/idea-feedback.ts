import { type Idea } from '../model'

/**
 * True when residents have not yet heard about the idea's latest status change: its status changed
 * after collection and there is no feedback on or after the day of that change. Merged ideas never
 * need feedback of their own (the idea they were merged into carries it).
 */
export function isFeedbackDue(idea: Pick<Idea, 'status' | 'history' | 'feedback'>): boolean {
  if (idea.status === 'samengevoegd') return false
  const changes = idea.history.filter(
    (entry, index) => index > 0 && entry.status !== idea.history[index - 1]?.status,
  )
  const lastChange = changes[changes.length - 1]
  if (!lastChange) return false
  const lastFeedback = idea.feedback.reduce<string | undefined>(
    (latest, f) => (!latest || f.date > latest ? f.date : latest),
    undefined,
  )
  return !lastFeedback || lastFeedback < lastChange.at.slice(0, 10)
}
