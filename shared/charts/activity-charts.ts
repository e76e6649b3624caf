import { type Language, type SessionType, sessionTypes } from '../model/vocabulary'
import { vocabularyLabels } from '../i18n/vocabulary-labels'
import { type ChartData, lineOrBar } from './chart-data'
import { chartTexts } from './chart-texts'
import { withAltText } from './describe-chart'

/** Held sessions per type as vertical bars; types without sessions are left out. */
export function sessionsByTypeChart(
  counts: Readonly<Partial<Record<SessionType, number>>>,
  language: Language,
): ChartData {
  const texts = chartTexts(language)
  const types = sessionTypes.filter((type) => (counts[type] ?? 0) > 0)
  return withAltText(
    {
      kind: 'bar',
      title: texts.sessionsByType,
      categories: types.map((type) => vocabularyLabels[language].sessionType[type]),
      series: [{ name: texts.sessionsSeries, values: types.map((type) => counts[type] ?? 0) }],
      valueFormat: 'count',
    },
    language,
  )
}

/**
 * The running total of collected ideas per month, as a line. `months` are the month labels in order,
 * `counts` the ideas collected in each month.
 */
export function ideasOverTimeChart(
  months: readonly string[],
  counts: readonly number[],
  language: Language,
): ChartData {
  const texts = chartTexts(language)
  let total = 0
  const running = months.map((_, i) => (total += counts[i] ?? 0))
  return withAltText(
    {
      kind: lineOrBar(months),
      title: texts.ideasOverTime,
      categories: [...months],
      series: [{ name: texts.ideasCumulativeSeries, values: running }],
      valueFormat: 'count',
    },
    language,
  )
}
