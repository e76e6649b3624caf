import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { printWindowToPdf } from '../../components/files'
import { notifySuccess } from '../../components/notifications'
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
 * slide on each landscape page. In the desktop app the window is printed straight to a PDF and saved
 * with the save dialog; in a browser the print dialog opens (where "Opslaan als PDF" is a choice).
 */
export function PrintDeck({ slides, data, settings, onDone }: PrintDeckProps) {
  const { t } = useTranslation()
  const pdfFileName = t('desktop.pdfFileName', { name: data.programme.name, date: data.today })
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
        if (typeof window.krachtstroomShell?.printToPdf === 'function') {
          void printWindowToPdf(pdfFileName, true)
            .then((outcome) => {
              if (outcome?.saved && outcome.path !== undefined)
                notifySuccess(t('desktop.pdfSaved', { path: outcome.path }))
            })
            .finally(done)
          return
        }
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
  }, [onDone, pdfFileName, t])

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
