import { type Idea } from '../../shared/model'

/** How long after a step the coach can still take it back (the app offers it for ten seconds). */
export const undoWindowMs = 2 * 60_000

interface Remembered {
  before: Idea
  /** The idea right after the step, to see that nothing changed since. */
  after: string
  at: number
}

/** The last undoable step per idea, kept in memory only: undo is meant for the seconds after a click. */
export interface IdeaUndoMemory {
  /** Keeps the idea as it was before a step (a detached copy), and as it is after it. */
  remember: (before: Idea, after: Idea) => void
  /**
   * The idea as it was before its last step, when that step is still the idea's last change and was
   * taken less than {@link undoWindowMs} ago; the memory of it is then forgotten.
   */
  take: (current: Idea) => Idea | undefined
}

/** An empty undo memory reading the time from `clock`. */
export function createIdeaUndoMemory(clock: () => Date): IdeaUndoMemory {
  const steps = new Map<string, Remembered>()
  return {
    remember: (before, after) => {
      steps.set(after.id, {
        before,
        after: JSON.stringify(after),
        at: clock().getTime(),
      })
    },
    take: (current) => {
      const step = steps.get(current.id)
      if (!step) return undefined
      steps.delete(current.id)
      if (clock().getTime() - step.at > undoWindowMs) return undefined
      if (JSON.stringify(current) !== step.after) return undefined
      return step.before
    },
  }
}
