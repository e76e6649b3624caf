/** How a chart draws its data: vertical bars, horizontal bars, a pie, or a line over time. */
export type ChartKind = 'bar' | 'horizontal-bar' | 'pie' | 'line'

/** One named row of values, one value per category. */
export interface ChartSeries {
  name: string
  values: number[]
}

/**
 * A chart as plain data, shared by the dashboard and the Word reports. `values` are counts, or
 * percentages when `valueFormat` is `percent` (0 to 100, or more for a goal exceeded). A pie has
 * exactly one series.
 */
export interface ChartData {
  kind: ChartKind
  title: string
  categories: string[]
  series: ChartSeries[]
  valueFormat: 'count' | 'percent'
  /** A sentence for screen readers that says what the chart shows, with its figures. */
  altText: string
}

/**
 * A line over time, or bars when there is only one moment yet: a line through one point draws a lone
 * dot that reads as an empty chart.
 */
export function lineOrBar(categories: readonly unknown[]): 'line' | 'bar' {
  return categories.length < 2 ? 'bar' : 'line'
}
