import { type ReactNode } from 'react'
import classes from '../Slides.module.css'

interface SlideFrameProps {
  heading: string
  kicker?: string
  /** Title and invitation slides have the accent background. */
  tone?: 'plain' | 'accent'
  /** "Oldebroek Voor Mekaar · 3 / 12" at the bottom. */
  footer: string
  children?: ReactNode
}

/** The frame every slide shares: a small kicker, the heading (the slide's h1), the content and a footer. */
export function SlideFrame({ heading, kicker, tone = 'plain', footer, children }: SlideFrameProps) {
  return (
    <article className={`${classes.slide} ${tone === 'accent' ? classes.accent : ''}`} aria-label={heading}>
      <header className={classes.slideHeader}>
        {kicker !== undefined && <p className={classes.kicker}>{kicker}</p>}
        <h1 className={classes.heading} data-slide-heading>
          {heading}
        </h1>
      </header>
      <div className={classes.body}>{children}</div>
      <footer className={classes.footer}>{footer}</footer>
    </article>
  )
}
