import { AlignmentType, LineRuleType, Paragraph } from 'docx'
import { ChartRun, type ChartRunOptions } from 'docx/charts'
import { type ChartData } from '../../shared/charts'
import { CHART } from './report-geometry'
import { REPORT_FONT, type ReportTheme } from './report-theme'

/** Pixels per DXA at 96 dpi (1 inch = 1440 DXA = 96 px). */
const PX_PER_DXA = 96 / 1440

/** A percent axis runs to 100, or to the next ten above the largest value when a goal was exceeded. */
function percentAxisMaximum(chart: ChartData): number {
  const largest = Math.max(0, ...chart.series.flatMap((series) => series.values))
  return Math.max(100, Math.ceil(largest / 10) * 10)
}

/** The chart's width in pixels for a text column `widthDxa` wide. */
export function chartWidth(widthDxa: number): number {
  return Math.round(Math.min(widthDxa, 9638) * PX_PER_DXA)
}

/** The chart's height in pixels (96 dpi). */
export function chartHeight(chart: ChartData): number {
  switch (chart.kind) {
    case 'horizontal-bar':
      return Math.min(520, 80 + 28 * chart.categories.length)
    case 'pie':
      return 270
    default:
      return 260
  }
}

function seriesColours(chart: ChartData, theme: ReportTheme): string[] {
  // Two series compare a goal with what was achieved: the goal in neutral grey, the result in the accent.
  if (chart.series.length === 2) return ['A9B4BE', theme.accent]
  return theme.palette
}

/**
 * A native Word chart (editable in Word through "Edit Data") from the shared chart data: columns,
 * horizontal bars (first category on top, as in the table), a pie, or a line. One style everywhere:
 * Arial, no border, values on the bars, the accent colour first, and the chart's alt text.
 */
export function renderChart(
  chart: ChartData,
  theme: ReportTheme,
  widthDxa: number,
  pageBreakBefore = false,
): Paragraph {
  const width = chartWidth(widthDxa)
  const colours = seriesColours(chart, theme)
  const numberFormat = chart.valueFormat === 'percent' ? '0"%"' : '#,##0'
  const common = {
    title: { text: chart.title, font: { name: REPORT_FONT, size: 11, bold: true, color: theme.text } },
    font: { name: REPORT_FONT, color: theme.text },
    chartArea: { border: 'none' as const },
    transformation: { width, height: chartHeight(chart) },
    altText: { name: chart.title, title: chart.title, description: chart.altText },
  }
  const legend =
    chart.series.length > 1
      ? { position: 'bottom' as const, font: { name: REPORT_FONT, size: 9 } }
      : (false as const)
  let options: ChartRunOptions
  if (chart.kind === 'pie') {
    const values = chart.series[0]?.values ?? []
    options = {
      ...common,
      type: 'pie',
      categories: chart.categories,
      series: [
        {
          name: chart.series[0]?.name ?? chart.title,
          values,
          colors: chart.categories.map((_, i) => theme.palette[i % theme.palette.length]),
        },
      ],
      legend: { position: 'right', font: { name: REPORT_FONT, size: 9 } },
      // Outside the slices, so small slices keep a readable label and no label sits on a dark fill.
      dataLabels: {
        value: true,
        position: 'outsideEnd',
        numberFormat,
        font: { name: REPORT_FONT, size: 9, bold: true, color: theme.text },
      },
    }
  } else {
    const series = chart.series.map((s, i) => ({
      name: s.name,
      values: s.values,
      color: colours[i % colours.length],
    }))
    const axisFont = { name: REPORT_FONT, size: 9, color: theme.text }
    const valueAxis = {
      minimum: 0,
      numberFormat,
      gridlines: true,
      font: axisFont,
      ...(chart.valueFormat === 'percent' ? { maximum: percentAxisMaximum(chart) } : {}),
    }
    const dataLabels = { value: true, numberFormat, font: { name: REPORT_FONT, size: 9, color: theme.text } }
    if (chart.kind === 'line') {
      options = {
        ...common,
        type: 'line',
        categories: chart.categories,
        series,
        legend,
        markers: true,
        valueAxis,
        categoryAxis: { font: axisFont },
        dataLabels: { ...dataLabels, position: 'above' },
      }
    } else {
      options = {
        ...common,
        type: chart.kind === 'horizontal-bar' ? 'bar' : 'column',
        categories: chart.categories,
        series,
        legend,
        gapWidth: 60,
        valueAxis,
        categoryAxis: { font: axisFont, ...(chart.kind === 'horizontal-bar' ? { reverseOrder: true } : {}) },
        dataLabels: { ...dataLabels, position: 'outsideEnd' },
      }
    }
  }
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepLines: true,
    pageBreakBefore,
    // Single line spacing: the line is as tall as the chart (an exact height would cut it off).
    spacing: { before: CHART.before, after: CHART.after, line: 240, lineRule: LineRuleType.AUTO },
    children: [new ChartRun(options)],
  })
}
