import { lazy, Suspense } from 'react'
import { type ChartData, type ChartKind } from '../../../../shared/charts'
import { type ChartScale } from './chart-option'
import { type ChartCanvasProps } from './ChartCanvas'
import classes from './ChartFigure.module.css'
import { chartKinds, loadChartType } from './chart-types'

// ECharts is the largest library of the app; it loads with the first chart, after the page's figures,
// and each kind of chart (bar, line, pie) brings its own part when a chart of that kind first shows.
const canvasDrawing = (kind: ChartKind) =>
  lazy(() =>
    Promise.all([import('./ChartCanvas'), loadChartType(kind)]).then(([module]) => ({
      default: module.ChartCanvas,
    })),
  )
const BarCanvas = canvasDrawing('bar')
const LineCanvas = canvasDrawing('line')
const PieCanvas = canvasDrawing('pie')

/** The drawing of `chart`, with only the ECharts parts its kind needs. */
function ChartCanvas(props: ChartCanvasProps) {
  switch (props.chart.kind) {
    case 'bar':
    case 'horizontal-bar':
      return <BarCanvas {...props} />
    case 'line':
      return <LineCanvas {...props} />
    case 'pie':
      return <PieCanvas {...props} />
  }
}

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
 * alt text as the accessible name of the drawing (screen readers hear every figure). Until ECharts
 * has loaded, an empty area of the same size, with the same name, holds the drawing's place.
 */
export function ChartFigure({
  chart,
  height,
  scale = 'screen',
  hideCaption = false,
  fill = false,
}: ChartFigureProps) {
  const canvasClass = fill ? `${classes.canvas} ${classes.canvasFill}` : classes.canvas
  const canvasHeight = fill ? undefined : height
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
      <Suspense
        fallback={
          <div
            role="img"
            aria-label={chart.altText}
            aria-busy
            className={canvasClass}
            style={canvasHeight === undefined ? undefined : { height: canvasHeight }}
          />
        }
      >
        <ChartCanvas chart={chart} scale={scale} className={canvasClass} height={canvasHeight} />
      </Suspense>
    </figure>
  )
}

/** Loads the charting code (every kind of chart) ahead, in idle time, so the first chart draws at once. */
export function preloadCharts(): Promise<unknown> {
  return Promise.all([import('./ChartCanvas'), ...chartKinds.map(loadChartType)])
}
