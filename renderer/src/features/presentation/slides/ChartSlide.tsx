import { type ReactNode } from 'react'
import { type ChartData } from '../../../../../shared/charts'
import { ChartFigure } from '../../../components/charts/ChartFigure'
import classes from '../Slides.module.css'
import { SlideFrame } from './SlideFrame'

interface ChartSlideProps {
  heading: string
  kicker?: string
  lead?: ReactNode
  chart: ChartData
  footer: string
}

/** A slide with one chart from the shared chart data, drawn large for a beamer. */
export function ChartSlide({ heading, kicker, lead, chart, footer }: ChartSlideProps) {
  return (
    <SlideFrame heading={heading} kicker={kicker} footer={footer}>
      {lead !== undefined && <p className={classes.lead}>{lead}</p>}
      <div className={classes.chartArea}>
        <ChartFigure chart={chart} height="100%" scale="beamer" fill />
      </div>
    </SlideFrame>
  )
}
