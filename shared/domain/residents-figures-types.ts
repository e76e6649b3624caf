import {
  type ConnectionKind,
  type PartnerKind,
  type ResidentRole,
  type SignalCategory,
  type SignalRoute,
  type SignalStatus,
} from '../model'
import { type SuppressedBreakdown } from './small-numbers'

/** Residents carrying something: distinct people with a role that runs on the day the figures describe. */
export interface ActiveResidentFigures {
  /** Distinct residents with at least one running role. */
  active: number
  /** Distinct residents who took up a role within the period (from `from`), when a period is given. */
  startedInPeriod: number
  /** Distinct residents per role (a resident with two roles counts under both). */
  byRole: Record<ResidentRole, number>
  /** Live ideas (merged ones left out) with a running trekker role. */
  ideasWithTrekker: number
  /** Live ideas (merged ones left out) collected by then: what `ideasWithTrekker` is out of. */
  ideas: number
  /** Addresses with an active resident. */
  addresses: number
  /** Streets with an active resident. */
  streets: number
  /** Per idea with at least one running role: distinct active residents and trekkers. */
  perIdea: Array<{ ideaId: string; active: number; trekkers: number }>
  /** Per live street of the programme (Dutch order): distinct active residents. */
  perStreet: Array<{ streetId: string; name: string; active: number }>
}

/** "Still running after N months" for connections old enough to tell. */
export interface ConnectionDurability {
  /** Connections made at least N months before the day the figures describe. */
  eligible: number
  /** Of those, the ones a check at least N months after they were made found running. */
  active: number
  /** Of those, the ones never checked N months or more after they were made. */
  unchecked: number
}

/** Connections between neighbours. */
export interface ConnectionFigures {
  made: number
  madeInPeriod: number
  /** Running at their last check (a connection never checked counts as running). */
  running: number
  after3Months: ConnectionDurability
  after6Months: ConnectionDurability
  /** Distinct addresses involved (directly or through an involved resident). */
  addresses: number
  /** Distinct streets involved. */
  streets: number
  byKind: Record<ConnectionKind, number>
  /** Connections that grew from an idea / from a signal. */
  fromIdea: number
  fromSignal: number
}

/** Warm handovers to partners: how many, how many were picked up, and how long they waited. */
export interface HandoverFigures {
  handovers: number
  inPeriod: number
  pickedUp: number
  /** Still handed over and not yet picked up. */
  waiting: number
  /** Closed (geen behoefte meer) without being picked up. */
  closedWithoutPickup: number
  /** Average whole days from handover to pick-up, over those picked up (0 when none). */
  averageDaysToPickUp: number
  /** Longest whole days a handover that is still waiting has waited (0 when none waits). */
  longestWaitingDays: number
}

/** Signals, always as counts. Per street only through small-number suppression. */
export interface SignalFigures {
  /** All signals recorded by then, with or without consent. */
  total: number
  inPeriod: number
  /** Recorded without consent: only counted. */
  countOnly: number
  byCategory: Record<SignalCategory, number>
  /** Signals with consent per route. */
  byRoute: Record<SignalRoute, number>
  /** Signals with consent that have no route yet. */
  withoutRoute: number
  /** Signals with consent per follow-up status. */
  byStatus: Record<SignalStatus, number>
  handovers: HandoverFigures
  /** Per partner kind with at least one handover, in the vocabulary's order. */
  handoversByPartnerKind: Array<{ kind: PartnerKind } & HandoverFigures>
  /** Per partner with at least one handover (for the partner report: counts only, no names). */
  handoversByPartner: Array<{ partnerId: string } & HandoverFigures>
  /** Street ids with enough signals to be shown, and the rest pooled (see small-numbers.ts). */
  perStreet: SuppressedBreakdown<string>
}

/** One month of the figures over time. */
export interface ResidentsMonth {
  /** `yyyy-MM`. */
  month: string
  /** Distinct active residents at the end of the month (or on the figures' day, for its month). */
  activeResidents: number
  /** Connections made up to the end of the month (running total). */
  connectionsMade: number
  /** Signals recorded within the month. */
  signals: number
}

/** Everything "bewoners aan zet": one definition for the dashboard, reports and presentation. */
export interface ResidentsFigures {
  programmeId: string
  /** The day the figures describe. */
  asOf: string
  /** First day of the period the "in period" counts cover (the programme's start by default). */
  from: string
  residents: ActiveResidentFigures
  connections: ConnectionFigures
  signals: SignalFigures
  overTime: ResidentsMonth[]
  /** The programme's goals for active residents and connections (0 = none). */
  goals: { activeResidents: number; connections: number }
}
