import { useEffect } from 'react'
import classes from './Presentation.module.css'
import { type PresentationData, type PresentationSettings, type Slide } from './presentation-types'
import { SlideView } from './SlideView'

interface PrintDeckProps {
  slides: Slide[]
  data: PresentationData
  settings: PresentationSettings
  onDone: () => void
}

/**
 * All slides one under the other at 1280×720, for printing: the print stylesheet puts exactly one
 * slide on each landscape page. In the desktop app the print dialog saves as PDF; in a browser too.
 */
export function PrintDeck({ slides, data, settings, onDone }: PrintDeckProps) {
  useEffect(() => {
    let finished = false
    const done = () => {
      if (finished) return
      finished = true
      onDone()
    }
    // Two frames, so the charts have drawn before the page is printed.
    let second = 0
    const first = requestAnimationFrame(() => {
      second = requestAnimationFrame(() => {
        window.addEventListener('afterprint', done, { once: true })
        window.print()
        // Chromium's print() returns once the dialog closes; afterprint may not fire everywhere.
        setTimeout(done, 0)
      })
    })
    return () => {
      cancelAnimationFrame(first)
      cancelAnimationFrame(second)
      window.removeEventListener('afterprint', done)
    }
  }, [onDone])

  return (
    <main className={classes.printDeck} data-testid="print-deck">
      {slides.map((slide, index) => (
        <div key={slide.id} className={classes.printSlide} data-print-slide>
          <SlideView slide={slide} number={index + 1} total={slides.length} data={data} settings={settings} />
        </div>
      ))}
    </main>
  )
}
