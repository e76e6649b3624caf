import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import classes from './Presentation.module.css'
import { type Slide } from './presentation-types'

interface SlideOverviewProps {
  slides: Slide[]
  current: number
  onChoose: (index: number) => void
}

/** A grid of all slides; the current one has focus, Enter or a click jumps to a slide. */
export function SlideOverview({ slides, current, onChoose }: SlideOverviewProps) {
  const { t } = useTranslation()
  const currentRef = useRef<HTMLButtonElement | null>(null)
  useEffect(() => {
    currentRef.current?.focus()
  }, [])
  return (
    <div
      className={classes.overview}
      role="dialog"
      aria-modal="true"
      aria-labelledby="slide-overview-title"
      data-testid="slide-overview"
    >
      <h2 id="slide-overview-title" className={classes.overviewTitle}>
        {t('presentation.overviewTitle')}
      </h2>
      <ol className={classes.overviewGrid}>
        {slides.map((slide, index) => (
          <li key={slide.id}>
            <button
              type="button"
              ref={index === current ? currentRef : undefined}
              className={classes.overviewItem}
              aria-current={index === current ? 'step' : undefined}
              aria-label={t('presentation.goToSlide', { number: index + 1, heading: slide.heading })}
              onClick={() => onChoose(index)}
              data-testid="overview-item"
            >
              <span className={classes.overviewNumber}>
                {index + 1} · {t(`presentation.kind.${slide.kind}`)}
              </span>
              <span className={classes.overviewHeading} data-testid="overview-heading">
                {slide.heading}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </div>
  )
}
