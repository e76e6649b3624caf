import { type ChartData } from '../../../../shared/charts'
import { type EChartsCoreOption } from './echarts-setup'

/** How large a chart's text is drawn: on screen, or on a beamer slide. */
export type ChartScale = 'screen' | 'beamer'

const palette = ['#1b6b5f', '#79bbad', '#2f8a79', '#a8d3c9', '#124c44', '#52a594', '#d3e9e4']
const textColour = '#1d2624'
const gridLine = '#dfe5e3'

/**
 * Turns shared chart data (the same the Word reports draw) into an ECharts option: calm colours, value
 * labels on the bars, no animation (steady on a beamer and in a PDF) and fonts large enough for the scale.
 */
export function chartOption(
  chart: ChartData,
  scale: ChartScale,
  formatNumber: (value: number) => string,
): EChartsCoreOption {
  const fontSize = scale === 'beamer' ? 22 : 13
  const percent = chart.valueFormat === 'percent'
  const label = (value: number): string => (percent ? `${formatNumber(value)}%` : formatNumber(value))
  const base = {
    animation: false,
    color: palette,
    textStyle: { fontFamily: 'Inter, "Segoe UI", system-ui, sans-serif', fontSize, color: textColour },
    legend: chart.series.length > 1 ? { top: 0, textStyle: { fontSize, color: textColour } } : undefined,
  }
  const valueAxis = {
    type: 'value',
    max: percent ? 100 : undefined,
    minInterval: 1,
    axisLabel: { fontSize, color: textColour, formatter: (value: number) => label(value) },
    splitLine: { lineStyle: { color: gridLine } },
  }
  const categoryAxis = (inverse: boolean) => ({
    type: 'category',
    inverse,
    data: chart.categories,
    axisLabel: { fontSize, color: textColour, width: scale === 'beamer' ? 320 : 150, overflow: 'truncate' },
    axisLine: { lineStyle: { color: gridLine } },
    axisTick: { show: false },
  })
  const valueLabel = (position: string) => ({
    show: true,
    position,
    fontSize,
    fontWeight: 600,
    color: textColour,
    formatter: ({ value }: { value: number }) => label(value),
  })
  const top = chart.series.length > 1 ? fontSize * 2.8 : fontSize

  switch (chart.kind) {
    case 'horizontal-bar':
      return {
        ...base,
        grid: { left: 8, right: fontSize * 4, top, bottom: 8, containLabel: true },
        xAxis: { ...valueAxis, axisLabel: { ...valueAxis.axisLabel, show: scale === 'screen' } },
        yAxis: categoryAxis(true),
        series: chart.series.map((series) => ({
          type: 'bar',
          name: series.name,
          data: series.values,
          barMaxWidth: scale === 'beamer' ? 44 : 22,
          itemStyle: { borderRadius: [0, 4, 4, 0] },
          label: valueLabel('right'),
        })),
      }
    case 'bar':
      return {
        ...base,
        grid: { left: 8, right: 8, top: top + fontSize, bottom: 8, containLabel: true },
        xAxis: { ...categoryAxis(false), axisLabel: { ...categoryAxis(false).axisLabel, interval: 0 } },
        yAxis: valueAxis,
        series: chart.series.map((series) => ({
          type: 'bar',
          name: series.name,
          data: series.values,
          barMaxWidth: scale === 'beamer' ? 64 : 32,
          itemStyle: { borderRadius: [4, 4, 0, 0] },
          label: valueLabel('top'),
        })),
      }
    case 'line':
      return {
        ...base,
        grid: { left: 8, right: fontSize * 2, top: top + fontSize, bottom: 8, containLabel: true },
        xAxis: { ...categoryAxis(false), boundaryGap: false },
        yAxis: valueAxis,
        series: chart.series.map((series) => ({
          type: 'line',
          name: series.name,
          data: series.values,
          smooth: false,
          symbolSize: scale === 'beamer' ? 10 : 6,
          lineStyle: { width: scale === 'beamer' ? 4 : 2 },
          areaStyle: { opacity: 0.12 },
        })),
      }
    case 'pie':
      return {
        ...base,
        series: [
          {
            type: 'pie',
            radius: ['38%', '68%'],
            data: chart.categories.map((name, i) => ({ name, value: chart.series[0]?.values[i] ?? 0 })),
            label: { fontSize, color: textColour, formatter: '{b}: {c}' },
          },
        ],
      }
  }
}
