import { type Language, type ReportKind, type StoreData } from '../model'
import { type AccountabilityStage } from './report-options'

/** What the coach asks for: which report, about what, for which period, in which language. */
export interface ReportRequest {
  programmeId: string
  kind: ReportKind
  /** First day of the period (`yyyy-MM-dd`); default the programme's start. */
  from?: string
  /** Last day of the period; default today (or the programme's end, when that lies before today). */
  to?: string
  partnerId?: string
  ideaId?: string
  sessionId?: string
  streetId?: string
  language: Language
  /** Residents' and initiators' names (and, on a walk list, phone numbers and household notes) appear. */
  includeNames: boolean
  /** Verantwoording: interim or final; by default final once the period reaches the programme's end. */
  accountabilityStage?: AccountabilityStage
  /** Gemeente report: an appendix with every idea; by default only up to 50 ideas. */
  includeAppendix?: boolean
}

type ReportCollection =
  | 'programmes'
  | 'teamMembers'
  | 'partners'
  | 'areas'
  | 'streets'
  | 'addresses'
  | 'contacts'
  | 'sessions'
  | 'ideas'
  | 'actions'

/** Collections of the "bewoners aan zet" figures; a source without them has none. */
type ResidentsCollection = 'residents' | 'connections' | 'signals'

/** The store collections a report reads; read-only arrays are fine. */
export type ReportData = { readonly [K in ReportCollection]: ReadonlyArray<StoreData[K][number]> } & {
  readonly [K in ResidentsCollection]?: ReadonlyArray<StoreData[K][number]>
}

/** Everything a report is built from besides the request: the data, today's date and the house style words. */
export interface ReportSource {
  data: ReportData
  /** The coach's local date (`yyyy-MM-dd`). */
  today: string
  organisationName: string
  authorName: string
}
