import { againstGoal, wholePercent } from '../domain/key-figures'
import {
  type ContactOutcome,
  contactOutcomes,
  type IdeaStatus,
  ideaStatuses,
  type Language,
} from '../model/vocabulary'
import { ideaMainLine } from '../domain/idea-lifecycle'
import { type ProgrammeStats } from '../domain/stats-types'
import { vocabularyLabels } from '../i18n/vocabulary-labels'
import { type ChartData } from './chart-data'
import { chartTexts } from './chart-texts'
import { withAltText } from './describe-chart'
import { themeLabel } from './theme-label'

/** Ideas per theme as horizontal bars, in the programme's theme order. */
export function ideasByThemeChart(
  stats: Pick<ProgrammeStats, 'ideasByTheme'>,
  language: Language,
): ChartData {
  const texts = chartTexts(language)
  return withAltText(
    {
      kind: 'horizontal-bar',
      title: texts.ideasByTheme,
      categories: stats.ideasByTheme.map((theme) => themeLabel(theme.code, theme.label, language)),
      series: [{ name: texts.ideasSeries, values: stats.ideasByTheme.map((theme) => theme.count) }],
      valueFormat: 'count',
    },
    language,
  )
}

/** The statuses a status chart shows: the main line always, the side exits only when they hold ideas. */
export function shownIdeaStatuses(ideasByStatus: Readonly<Record<IdeaStatus, number>>): IdeaStatus[] {
  return ideaStatuses.filter((status) => ideaMainLine.includes(status) || ideasByStatus[status] > 0)
}

/** Ideas per status as horizontal bars, along the main line and then the side exits that hold ideas. */
export function ideasByStatusChart(
  stats: Pick<ProgrammeStats, 'ideasByStatus'>,
  language: Language,
): ChartData {
  const texts = chartTexts(language)
  const statuses = shownIdeaStatuses(stats.ideasByStatus)
  return withAltText(
    {
      kind: 'horizontal-bar',
      title: texts.ideasByStatus,
      categories: statuses.map((status) => vocabularyLabels[language].ideaStatus[status]),
      series: [{ name: texts.ideasSeries, values: statuses.map((status) => stats.ideasByStatus[status]) }],
      valueFormat: 'count',
    },
    language,
  )
}

/** Share of reached addresses per street (0–100), as horizontal bars in street order. */
export function streetCoverageChart(stats: Pick<ProgrammeStats, 'perStreet'>, language: Language): ChartData {
  const texts = chartTexts(language)
  return withAltText(
    {
      kind: 'horizontal-bar',
      title: texts.streetCoverage,
      categories: stats.perStreet.map((street) => street.name),
      series: [
        {
          name: texts.streetCoverageSeries,
          values: stats.perStreet.map((street) => Math.round(street.coverage * 100)),
        },
      ],
      valueFormat: 'percent',
    },
    language,
  )
}

/** Contact moments per door outcome as a pie; outcomes that never happened are left out. */
export function contactOutcomesChart(
  stats: Pick<ProgrammeStats, 'contactsByOutcome'>,
  language: Language,
): ChartData {
  const texts = chartTexts(language)
  const outcomes = contactOutcomes.filter((outcome: ContactOutcome) => stats.contactsByOutcome[outcome] > 0)
  return withAltText(
    {
      kind: 'pie',
      title: texts.contactOutcomes,
      categories: outcomes.map((outcome) => vocabularyLabels[language].contactOutcome[outcome]),
      series: [
        { name: texts.contactsSeries, values: outcomes.map((outcome) => stats.contactsByOutcome[outcome]) },
      ],
      valueFormat: 'count',
    },
    language,
  )
}

/**
 * Each of the programme's goals against its own scale: the share of it achieved, in percent, so a
 * goal of 4 realised ideas reads as clearly as one of 250 conversations (a goal exceeded goes past
 * 100). Each bar is named with what was achieved of what ("Gesprekken (237 van 250)"). Goals that are
 * not set (0) are left out; undefined when no goal is set at all.
 */
export function goalProgressChart(
  stats: Pick<ProgrammeStats, 'goals' | 'reached' | 'conversations' | 'ideas' | 'ideasRealised'>,
  language: Language,
): ChartData | undefined {
  const texts = chartTexts(language)
  const number = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL')
  const rows = [
    { label: texts.goalCategories.addresses, goal: stats.goals.addresses, achieved: stats.reached },
    {
      label: texts.goalCategories.conversations,
      goal: stats.goals.conversations,
      achieved: stats.conversations,
    },
    { label: texts.goalCategories.ideas, goal: stats.goals.ideas, achieved: stats.ideas },
    {
      label: texts.goalCategories.ideasRealised,
      goal: stats.goals.ideasRealised,
      achieved: stats.ideasRealised,
    },
  ].filter((row) => row.goal > 0)
  if (rows.length === 0) return undefined
  return withAltText(
    {
      kind: 'horizontal-bar',
      title: texts.goalProgress,
      categories: rows.map(
        (row) => `${row.label} (${texts.ofGoal(number.format(row.achieved), number.format(row.goal))})`,
      ),
      series: [
        {
          name: texts.goalShareSeries,
          values: rows.map((row) => wholePercent(againstGoal(row.achieved, row.goal).share ?? 0)),
        },
      ],
      valueFormat: 'percent',
    },
    language,
  )
}
