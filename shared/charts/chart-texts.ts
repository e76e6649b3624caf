import { type Language } from '../model'
import { type ChartKind } from './chart-data'

/** The words of the shared charts, per language. */
export interface ChartTexts {
  kindNames: Record<ChartKind, string>
  ideasByTheme: string
  ideasByStatus: string
  streetCoverage: string
  streetCoverageSeries: string
  contactOutcomes: string
  contactsSeries: string
  goalProgress: string
  goalShareSeries: string
  /** "98 van 150": what was achieved of a goal, after the goal's name. */
  ofGoal: (achieved: string, goal: string) => string
  goalCategories: { addresses: string; conversations: string; ideas: string; ideasRealised: string }
  ideasSeries: string
  sessionsByType: string
  sessionsSeries: string
  ideasOverTime: string
  ideasCumulativeSeries: string
  noData: string
}

const nl: ChartTexts = {
  kindNames: {
    bar: 'Staafdiagram',
    'horizontal-bar': 'Liggend staafdiagram',
    pie: 'Cirkeldiagram',
    line: 'Lijndiagram',
  },
  ideasByTheme: 'Ideeën per thema',
  ideasByStatus: 'Ideeën per status',
  streetCoverage: 'Bereik per straat (% van de adressen)',
  streetCoverageSeries: 'Bereikt',
  contactOutcomes: 'Uitkomsten aan de deur',
  contactsSeries: 'Contactmomenten',
  goalProgress: 'Doelen: behaald deel van elk doel (%)',
  goalShareSeries: 'Behaald (% van het doel)',
  ofGoal: (achieved, goal) => `${achieved} van ${goal}`,
  goalCategories: {
    addresses: 'Adressen bereikt',
    conversations: 'Gesprekken',
    ideas: 'Ideeën',
    ideasRealised: 'Gerealiseerd',
  },
  ideasSeries: 'Ideeën',
  sessionsByType: 'Gehouden sessies per soort',
  sessionsSeries: 'Sessies',
  ideasOverTime: 'Opgehaalde ideeën in de loop van de tijd (opgeteld)',
  ideasCumulativeSeries: 'Ideeën (opgeteld)',
  noData: 'geen gegevens',
}

const en: ChartTexts = {
  kindNames: { bar: 'Column chart', 'horizontal-bar': 'Bar chart', pie: 'Pie chart', line: 'Line chart' },
  ideasByTheme: 'Ideas by theme',
  ideasByStatus: 'Ideas by status',
  streetCoverage: 'Reach per street (% of addresses)',
  streetCoverageSeries: 'Reached',
  contactOutcomes: 'Outcomes at the door',
  contactsSeries: 'Contact moments',
  goalProgress: 'Goals: share of each goal achieved (%)',
  goalShareSeries: 'Achieved (% of the goal)',
  ofGoal: (achieved, goal) => `${achieved} of ${goal}`,
  goalCategories: {
    addresses: 'Addresses reached',
    conversations: 'Conversations',
    ideas: 'Ideas',
    ideasRealised: 'Realised',
  },
  ideasSeries: 'Ideas',
  sessionsByType: 'Sessions held by type',
  sessionsSeries: 'Sessions',
  ideasOverTime: 'Ideas collected over time (running total)',
  ideasCumulativeSeries: 'Ideas (running total)',
  noData: 'no data',
}

/** The chart words of one language. */
export function chartTexts(language: Language): ChartTexts {
  return language === 'en' ? en : nl
}
