import { useMemo } from 'react'
import { type ChartData } from '../../../../shared/charts'
import { useFormatters } from '../use-formatters'
import { type ChartScale, chartOption } from './chart-option'
import classes from './ChartFigure.module.css'
import { useEChart } from './use-echart'

interface ChartFigureProps {
  chart: ChartData
  /** Height of the drawing in pixels or a CSS length (the width follows the container). */
  height: number | string
  scale?: ChartScale
  /** Hide the visible caption when the surrounding card or slide already shows the same title. */
  hideCaption?: boolean
  /** Fill the parent's height (the drawing takes what the caption leaves). */
  fill?: boolean
}

/**
 * One chart drawn with ECharts from shared chart data, with its title as a caption and the data's
 * alt text as the accessible name of the drawing (screen readers hear every figure).
 */
export function ChartFigure({
  chart,
  height,
  scale = 'screen',
  hideCaption = false,
  fill = false,
}: ChartFigureProps) {
  const format = useFormatters()
  const option = useMemo(() => chartOption(chart, scale, format.number), [chart, scale, format])
  const ref = useEChart(option)
  return (
    <figure
      className={fill ? `${classes.figure} ${classes.fill}` : classes.figure}
      data-testid="chart"
      data-chart-kind={chart.kind}
    >
      {!hideCaption && (
        <figcaption className={scale === 'beamer' ? classes.captionLarge : classes.caption}>
          {chart.title}
        </figcaption>
      )}
      <div
        ref={ref}
        role="img"
        aria-label={chart.altText}
        className={fill ? `${classes.canvas} ${classes.canvasFill}` : classes.canvas}
        // React sets this through CSSOM (element.style), which the CSP allows.
        style={fill ? undefined : { height }}
      />
    </figure>
  )
}
