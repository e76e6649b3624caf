import { useCallback, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { defaultIdeaIds } from '../../../../shared/domain/default-idea-slides'
import { buildSlides, type SlideHeadings } from './build-slides'
import { type PresentationData, type PresentationSettings } from './presentation-types'
import { PresentationSetup } from './PresentationSetup'
import { PrintDeck } from './PrintDeck'
import { SlideShow } from './SlideShow'

type Phase = 'setup' | 'show' | 'print'

function initialSettings(data: PresentationData): PresentationSettings {
  const end = data.programme.period.end
  return {
    from: data.programme.period.start,
    to: end !== undefined && end < data.today ? end : data.today,
    audience: 'gemeente',
    hidden: [],
    ideaIds: defaultIdeaIds(data.ideas),
  }
}

function enterFullscreen(): void {
  if (document.fullscreenElement || !document.documentElement.requestFullscreen) return
  document.documentElement.requestFullscreen().catch(() => undefined)
}

function leaveFullscreen(): void {
  if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined)
}

/** Setup → full-screen slides (Esc returns to the setup) → print for a PDF. */
export function PresentationFlow({ data }: { data: PresentationData }) {
  const { t } = useTranslation()
  const [settings, setSettings] = useState(() => initialSettings(data))
  const [phase, setPhase] = useState<Phase>('setup')
  const [returnTo, setReturnTo] = useState<Phase>('setup')
  const [index, setIndex] = useState(0)
  const headings = useMemo<SlideHeadings>(
    () => ({
      figures: t('presentation.figures.heading'),
      streets: t('presentation.streets.heading'),
      themes: t('presentation.themes.heading'),
      progress: t('presentation.progress.heading'),
      residents: t('residents.slide.heading'),
      partners: t('presentation.partners.heading'),
      'next-steps': t('presentation.nextSteps.heading'),
      invitation:
        settings.audience === 'bewoners'
          ? t('presentation.invitation.headingResidents')
          : t('presentation.invitation.heading'),
    }),
    [t, settings.audience],
  )
  const slides = useMemo(() => buildSlides(data, settings, headings), [data, settings, headings])
  const print = (from: Phase) => {
    setReturnTo(from)
    setPhase('print')
  }
  const printed = useCallback(() => setPhase(returnTo), [returnTo])

  if (phase === 'print') return <PrintDeck slides={slides} data={data} settings={settings} onDone={printed} />
  if (phase === 'show')
    return (
      <SlideShow
        slides={slides}
        data={data}
        settings={settings}
        index={Math.min(index, slides.length - 1)}
        onIndexChange={setIndex}
        onLeave={() => {
          leaveFullscreen()
          setPhase('setup')
        }}
        onPrint={() => print('show')}
      />
    )
  return (
    <PresentationSetup
      data={data}
      settings={settings}
      slideCount={slides.length}
      onChange={setSettings}
      onStart={() => {
        setIndex(0)
        enterFullscreen()
        setPhase('show')
      }}
      onPrint={() => print('setup')}
    />
  )
}
