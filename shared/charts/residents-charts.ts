import { type ResidentsMonth } from '../domain/residents-figures-types'
import { type Language } from '../model'
import { type ChartData, lineOrBar } from './chart-data'
import { withAltText } from './describe-chart'

const texts = {
  nl: {
    title: 'Bewoners aan zet in de loop van de tijd',
    active: 'Actieve bewoners',
    connections: 'Verbindingen (opgeteld)',
  },
  en: {
    title: 'Residents taking the lead over time',
    active: 'Active residents',
    connections: 'Connections (running total)',
  },
} as const

/**
 * Active residents at each month's end and the running total of connections made, as two lines.
 * `label` turns a `yyyy-MM` month into the axis label ("nov. 2026").
 */
export function residentsOverTimeChart(
  months: readonly ResidentsMonth[],
  language: Language,
  label: (month: string) => string,
): ChartData {
  const words = texts[language]
  return withAltText(
    {
      kind: lineOrBar(months),
      title: words.title,
      categories: months.map((month) => label(month.month)),
      series: [
        { name: words.active, values: months.map((month) => month.activeResidents) },
        { name: words.connections, values: months.map((month) => month.connectionsMade) },
      ],
      valueFormat: 'count',
    },
    language,
  )
}
