import { useMemo } from 'react'
import { type ChartData } from '../../../../shared/charts'
import { useFormatters } from '../use-formatters'
import { type ChartScale, chartOption } from './chart-option'
import { useEChart } from './use-echart'

/** What ChartFigure hands the drawing. */
export interface ChartCanvasProps {
  chart: ChartData
  scale: ChartScale
  className: string | undefined
  height: number | string | undefined
}

/**
 * The ECharts drawing of one chart. Loaded on its own (with ECharts) by ChartFigure, so a screen shows
 * its figures before the charting library has even arrived.
 */
export function ChartCanvas({ chart, scale, className, height }: ChartCanvasProps) {
  const format = useFormatters()
  const option = useMemo(() => chartOption(chart, scale, format.number), [chart, scale, format])
  const ref = useEChart(option)
  return (
    <div
      ref={ref}
      role="img"
      aria-label={chart.altText}
      className={className}
      // React sets this through CSSOM (element.style), which the CSP allows.
      style={height === undefined ? undefined : { height }}
    />
  )
}
