import { type ContactOutcome } from '../model/vocabulary'
import { sortWalking, type Orderable } from './address-order'

/** Which doors a door round visits. */
export const doorRoundScopes = ['alle', 'nog-niet-bereikt', 'terugkomen'] as const
export type DoorRoundScope = (typeof doorRoundScopes)[number]

/** What the scope of a round needs to know about a door. */
export interface RoundDoor extends Orderable {
  /** At least one conversation at this door. */
  reached: boolean
  /** The latest outcome at this door, if any. */
  latestOutcome: ContactOutcome | undefined
}

const DECLINED: ReadonlySet<ContactOutcome> = new Set<ContactOutcome>(['geen-interesse', 'niet-benaderen'])
const COME_BACK: ReadonlySet<ContactOutcome> = new Set<ContactOutcome>(['niet-thuis', 'later-terug'])

/**
 * True when a door belongs in a round of the given scope: "nog niet bereikt" is every door without a
 * conversation that did not decline; "terugkomen" is every door not yet reached whose latest outcome
 * was "niet thuis" or "later terugkomen".
 */
export function inRoundScope(door: RoundDoor, scope: DoorRoundScope): boolean {
  if (scope === 'alle') return true
  if (door.reached) return false
  if (scope === 'nog-niet-bereikt') return door.latestOutcome === undefined || !DECLINED.has(door.latestOutcome)
  return door.latestOutcome !== undefined && COME_BACK.has(door.latestOutcome)
}

/** The doors of a round of the given scope, in walking order (a new array). */
export function doorRound<T extends RoundDoor>(doors: readonly T[], scope: DoorRoundScope): T[] {
  return sortWalking(doors.filter((door) => inRoundScope(door, scope)))
}
