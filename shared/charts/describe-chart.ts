import { groupDigits } from '../i18n/group-digits'
import { type Language } from '../model'
import { type ChartData } from './chart-data'
import { chartTexts } from './chart-texts'

const fractionFormats = new Map<Language, Intl.NumberFormat>()

/** One formatter per language, made when first needed (making one is slow). */
function fractionFormat(language: Language): Intl.NumberFormat {
  let found = fractionFormats.get(language)
  if (found === undefined) {
    found = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1 })
    fractionFormats.set(language, found)
  }
  return found
}

/** Formats one chart value as a reader would say it: "12", "1.500", "12,5" or "65%". */
export function formatChartValue(
  value: number,
  valueFormat: ChartData['valueFormat'],
  language: Language,
): string {
  const number = Number.isSafeInteger(value)
    ? groupDigits(value, language === 'en' ? ',' : '.')
    : fractionFormat(language).format(value)
  return valueFormat === 'percent' ? `${number}%` : number
}

/**
 * The alt text of a chart: its kind, its title and every value, e.g. "Staafdiagram: Ideeën per thema.
 * Sociale samenhang 12, Leefbaarheid 7." With more than one series, each series is named.
 */
export function describeChart(chart: Omit<ChartData, 'altText'>, language: Language): string {
  const texts = chartTexts(language)
  const parts = chart.series.map((series) => {
    const values = chart.categories.map(
      (category, i) => `${category} ${formatChartValue(series.values[i] ?? 0, chart.valueFormat, language)}`,
    )
    const listed = values.length > 0 ? values.join(', ') : texts.noData
    return chart.series.length > 1 ? `${series.name}: ${listed}` : listed
  })
  return `${texts.kindNames[chart.kind]}: ${chart.title}. ${parts.join('; ')}.`
}

/** Completes chart data with its alt text. */
export function withAltText(chart: Omit<ChartData, 'altText'>, language: Language): ChartData {
  return { ...chart, altText: describeChart(chart, language) }
}
