import {
  type ActionListItem,
  type IdeaListItem,
  type PartnerListItem,
  type SessionListItem,
} from '../../../../shared/api/contract'
import { type ResidentsFigures } from '../../../../shared/domain/residents-figures-types'
import { type ProgrammeStats } from '../../../../shared/domain/stats-types'
import { type ProgrammeSummary } from '../../../../shared/model/programme'

/** Who the coach presents to; it sets the title's wording and which slides start hidden. */
export type Audience = 'gemeente' | 'partners' | 'bewoners'
export const audiences: readonly Audience[] = ['gemeente', 'partners', 'bewoners']

/** The kinds of slide, in the order the deck shows them. */
export const slideKinds = [
  'title',
  'figures',
  'streets',
  'themes',
  'progress',
  'residents',
  'idea',
  'partners',
  'next-steps',
  'invitation',
] as const
export type SlideKind = (typeof slideKinds)[number]

/** What the coach chose on the setup screen. */
export interface PresentationSettings {
  from: string
  to: string
  audience: Audience
  /** Kinds of slide that are skipped. */
  hidden: SlideKind[]
  /** The ideas that each get a slide, in this order. */
  ideaIds: string[]
}

/** Everything the slides are made from. */
export interface PresentationData {
  programme: ProgrammeSummary
  stats: ProgrammeStats
  /** "Bewoners aan zet": counts only, no names. */
  residents: ResidentsFigures
  ideas: IdeaListItem[]
  partners: PartnerListItem[]
  openActions: ActionListItem[]
  sessions: SessionListItem[]
  /** Today, `yyyy-MM-dd`. */
  today: string
}

/** One slide of the deck: its kind, its heading, and for an idea slide the idea. */
export interface Slide {
  id: string
  kind: SlideKind
  heading: string
  ideaId?: string
}
