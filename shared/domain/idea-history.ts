import { type Idea, type IdeaHistoryEntry, type IdeaStatus } from '../model'

type HistoryOf = Pick<Idea, 'status' | 'history'>

/**
 * The steps of a history at which the status changed (the first step, the collection, included), in
 * the order they were recorded. Notes, partner answers and feedback keep the status and are left out.
 */
export function statusChanges(history: readonly IdeaHistoryEntry[]): IdeaHistoryEntry[] {
  return history.filter((entry, index) => index === 0 || entry.status !== history[index - 1]?.status)
}

/**
 * The status an idea had at the end of `day` (`yyyy-MM-dd`), by the dates the coach gave: the
 * last-recorded status change dated on or before that day. Before its first step, its first status.
 */
export function ideaStatusOn(idea: HistoryOf, day: string): IdeaStatus {
  let status: IdeaStatus | undefined
  for (const entry of statusChanges(idea.history)) {
    if (entry.date <= day) status = entry.status
  }
  return status ?? idea.history[0]?.status ?? idea.status
}

/** The day (as the coach gave it) the idea reached its current status; undefined without history. */
export function currentStatusSince(idea: HistoryOf): string | undefined {
  const changes = statusChanges(idea.history).filter((entry) => entry.status === idea.status)
  return changes[changes.length - 1]?.date
}
