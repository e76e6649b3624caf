import { type ContactOutcome } from '../model'
import { type ProgrammeStats } from './stats-types'

/**
 * The outcomes after which the team goes back to a door: nobody opened ("niet thuis", also when a
 * card was left) or the resident asked to come back later. An address counts as "niet thuis of later
 * terugkomen" when it has only such outcomes (see `countAddress` in ./coverage, `notHomeOnly`).
 */
export const notHomeOutcomes: readonly ContactOutcome[] = ['niet-thuis', 'kaartje', 'later-terug']

/** True for an outcome after which the team goes back to the door (see `notHomeOutcomes`). */
export function isNotHomeOutcome(outcome: ContactOutcome): boolean {
  return notHomeOutcomes.includes(outcome)
}

/**
 * Addresses of a door round still to go back to: those whose outcome in the round is one of
 * `notHomeOutcomes`. Given one outcome per address, as a round records them.
 */
export function notHomeInRound(outcomes: Iterable<ContactOutcome>): number {
  let count = 0
  for (const outcome of outcomes) if (isNotHomeOutcome(outcome)) count += 1
  return count
}

/** A share (0.573) as a whole percentage (57), the one rounding every screen and report uses. */
export function wholePercent(share: number): number {
  return Math.round(share * 100)
}

/** A figure against the goal the programme agreed with the gemeente. */
export interface GoalFigure {
  value: number
  /** The programme's goal; 0 when none is set. */
  goal: number
  /** value / goal, undefined when no goal is set. */
  share: number | undefined
}

/** `value` against `goal` (0 = no goal). */
export function againstGoal(value: number, goal: number): GoalFigure {
  return { value, goal, share: goal > 0 ? value / goal : undefined }
}

/**
 * Addresses reached, against the programme's goal for addresses when one is set, otherwise against all
 * addresses in its streets. `share` is what every screen shows as the percentage.
 */
export interface ReachFigure {
  value: number
  /** Live addresses in the programme's streets. */
  addresses: number
  /** The programme's goal for addresses reached; 0 when none is set. */
  goal: number
  /** What `share` is measured against. */
  basis: 'goal' | 'addresses'
  /** value / goal, or value / addresses without a goal (0 without addresses). */
  share: number
}

/** See `ReachFigure`. */
export function reachFigure(stats: Pick<ProgrammeStats, 'reached' | 'addresses' | 'goals'>): ReachFigure {
  const goal = stats.goals.addresses
  if (goal > 0)
    return {
      value: stats.reached,
      addresses: stats.addresses,
      goal,
      basis: 'goal',
      share: stats.reached / goal,
    }
  return {
    value: stats.reached,
    addresses: stats.addresses,
    goal: 0,
    basis: 'addresses',
    share: stats.addresses === 0 ? 0 : stats.reached / stats.addresses,
  }
}

/**
 * The figures a programme shows on more than one surface (dashboard tiles, slides, the gemeente
 * report's key figures and summary, the streets pages), computed in one place.
 */
export interface KeyFigures {
  reached: ReachFigure
  conversations: GoalFigure
  ideas: GoalFigure
  realised: GoalFigure
  sessionsHeld: number
  sessionsPlanned: number
  /** Addresses tried, not yet spoken to and not refused: "niet thuis of later terugkomen". */
  notHome: number
}

/** See `KeyFigures`. */
export function keyFigures(stats: ProgrammeStats): KeyFigures {
  return {
    reached: reachFigure(stats),
    conversations: againstGoal(stats.conversations, stats.goals.conversations),
    ideas: againstGoal(stats.ideas, stats.goals.ideas),
    realised: againstGoal(stats.ideasRealised, stats.goals.ideasRealised),
    sessionsHeld: stats.sessionsHeld,
    sessionsPlanned: stats.sessionsPlanned,
    notHome: stats.notHomeOnly,
  }
}
