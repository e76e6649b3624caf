import {
  type DefaultThemeCode,
  type FeedbackChannel,
  type IdeaNeed,
  type IdeaScope,
  type IdeaStatus,
  type Ingredient,
  type PartnerKind,
} from '../model'
import { demoIdeasBroughtIn } from './demo-idea-texts-brought-in'
import { demoIdeasCollected } from './demo-idea-texts-collected'

/** Where in the programme an idea was collected (a session of its street or of the whole group). */
export type DemoIdeaSource = 'ronde1' | 'keukentafel' | 'ronde2' | 'bewonersavond' | 'ideeenmarkt'

/** One of the 30 ideas of the reference case, in the residents' own words. */
export interface DemoIdeaText {
  title: string
  description: string
  /** Index of the street in its group of four. */
  street: 0 | 1 | 2 | 3
  themes: DefaultThemeCode[]
  ingredients: Ingredient[]
  scope: IdeaScope
  needs: IdeaNeed[]
  status: IdeaStatus
  source: DemoIdeaSource
  /** Fictional first name of the resident who brought it in (never shown in anonymised reports). */
  initiator: string
  /** The idea is tied to the initiator's address. */
  atAddress?: boolean
  supporters: number
  highlighted?: boolean
  /** Partners it was brought to (from `ingebracht` on) and what was asked of them. */
  owners?: PartnerKind[]
  ask?: string
  /** For ideas still `ingebracht`: the partner has answered. */
  answered?: boolean
  /** Note on the side exit (geparkeerd, niet haalbaar). */
  exitNote?: string
  /** Why it is not feasible (required for `niet-haalbaar`). */
  reason?: string
  /** Index (in this list) of the idea a duplicate was merged into. */
  mergeInto?: number
  /** For realised ideas: what changed for residents. */
  whatChanged?: string
  /** Residents were told after the idea reached `status`. */
  feedback?: Array<{ status: IdeaStatus; channel: FeedbackChannel; note: string }>
}

/**
 * The 30 ideas: opgehaald 6, uitgewerkt 6, ingebracht 6, in uitvoering 5, gerealiseerd 4, and one of
 * each side exit. `mergeInto` indexes refer to this list.
 */
export const demoIdeaTexts: readonly DemoIdeaText[] = [...demoIdeasBroughtIn, ...demoIdeasCollected]

/** What the coach notes in an idea's history at each step. */
export const ideaHistoryNotes = {
  opgehaald: (sessionTitle: string): string => `Opgehaald tijdens: ${sessionTitle}.`,
  uitgewerkt: (): string => 'Samen met de bewoner uitgewerkt: wat is er nodig en wie doet mee?',
  ingebracht: (partners: string): string => `Ingebracht bij ${partners}.`,
  'in-uitvoering': (partner: string): string => `${partner} is ermee aan de slag.`,
  gerealiseerd: (): string => 'Gerealiseerd, samen met de bewoners.',
  'niet-haalbaar': (partner: string): string => `${partner} heeft laten weten dat het niet haalbaar is.`,
  samengevoegd: (title: string): string => `Samengevoegd met ‘${title}’: hetzelfde idee uit dezelfde straat.`,
} as const
