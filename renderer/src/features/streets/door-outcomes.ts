import { type ContactOutcome, contactOutcomes } from '../../../../shared/model/vocabulary'

/** One outcome button of door mode with the key that records it. */
export interface DoorOutcome {
  outcome: ContactOutcome
  /** "1" … "6", shown on the button. */
  key: string
}

/** The outcomes in the order of the door-mode keys 1–6 (as on the walk list). */
export const doorOutcomes: readonly DoorOutcome[] = contactOutcomes.map((outcome, index) => ({
  outcome,
  key: String(index + 1),
}))

/** The outcome a key records, if any ("2" → niet-thuis). */
export function outcomeForKey(key: string): ContactOutcome | undefined {
  return doorOutcomes.find((entry) => entry.key === key)?.outcome
}
