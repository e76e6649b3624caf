import { type Action } from '../model'

/**
 * The day a follow-up was done, as the coach gave it; undefined while it is open. Records from before
 * the coach's date was kept fall back to the day it was ticked off.
 */
export function actionDoneOn(action: Pick<Action, 'done' | 'doneOn' | 'doneAt'>): string | undefined {
  if (!action.done) return undefined
  return action.doneOn ?? action.doneAt?.slice(0, 10)
}
