import { type ContactOutcome, type IdeaStatus, type ProgrammeGoals } from '../model'

/** Coverage of one street or of the whole programme. */
export interface Coverage {
  /** Live addresses. */
  addresses: number
  /** Addresses with at least one contact moment. */
  attempted: number
  /** Addresses with at least one conversation (outcome `gesprek`). */
  reached: number
  /** Addresses tried but never reached, only "niet thuis" / "kaartje" / "later terug". */
  notHomeOnly: number
  /** Addresses whose latest outcome is "niet meer benaderen". */
  doNotContact: number
  /** reached / addresses, 0..1 (0 when there are no addresses). */
  coverage: number
}

/** Coverage of one street, with the street's name for lists and charts. */
export interface StreetCoverage extends Coverage {
  streetId: string
  name: string
  ideas: number
}

/** Figures of one programme, as the dashboard and the reports show them. */
export interface ProgrammeStats extends Coverage {
  programmeId: string
  streets: number
  /** Contact moments with outcome `gesprek`. */
  conversations: number
  /** All contact moments. */
  contactMoments: number
  contactsByOutcome: Record<ContactOutcome, number>
  /** Live ideas, merged duplicates included (they show under `ideasByStatus.samengevoegd`). */
  ideas: number
  ideasByStatus: Record<IdeaStatus, number>
  ideasByTheme: Array<{ code: string; label: string; count: number }>
  ideasRealised: number
  ideasPerReachedAddress: number
  sessionsHeld: number
  sessionsPlanned: number
  partners: number
  openActions: number
  overdueActions: number
  perStreet: StreetCoverage[]
  goals: ProgrammeGoals
}
