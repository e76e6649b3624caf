import { ActionIcon, Button, Group } from '@mantine/core'
import {
  IconChevronLeft,
  IconChevronRight,
  IconFileTypePdf,
  IconLayoutGrid,
  IconX,
} from '@tabler/icons-react'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import classes from './Presentation.module.css'
import { type PresentationData, type PresentationSettings, type Slide } from './presentation-types'
import { SlideOverview } from './SlideOverview'
import { SlideView } from './SlideView'
import { useSlideKeys } from './use-slide-keys'

interface SlideShowProps {
  slides: Slide[]
  data: PresentationData
  settings: PresentationSettings
  /** The slide shown; kept by the caller, so printing and coming back returns to the same slide. */
  index: number
  onIndexChange: (index: number) => void
  onLeave: () => void
  onPrint: () => void
}

/** The running presentation: one slide filling the window, a quiet control bar and the overview. */
export function SlideShow({
  slides,
  data,
  settings,
  index,
  onIndexChange,
  onLeave,
  onPrint,
}: SlideShowProps) {
  const { t } = useTranslation()
  const [overview, setOverview] = useState(false)
  const stageRef = useRef<HTMLDivElement | null>(null)
  const last = slides.length - 1
  const go = (to: number) => onIndexChange(Math.max(0, Math.min(last, to)))

  useSlideKeys(
    {
      next: () => go(index + 1),
      previous: () => go(index - 1),
      first: () => go(0),
      last: () => go(last),
      toggleOverview: () => setOverview((open) => !open),
      escape: () => (overview ? setOverview(false) : onLeave()),
    },
    overview,
  )

  // Focus stays on the slide, so the keys act at once and a screen reader reads the new slide.
  useEffect(() => {
    if (!overview) stageRef.current?.focus()
  }, [index, overview])

  const slide = slides[index]
  if (!slide) return null
  return (
    <main className={classes.deck} aria-label={t('presentation.deckLabel')} data-testid="slide-deck">
      <div
        ref={stageRef}
        className={classes.stage}
        tabIndex={-1}
        data-testid="slide-stage"
        data-slide-kind={slide.kind}
      >
        <SlideView
          key={slide.id}
          slide={slide}
          number={index + 1}
          total={slides.length}
          data={data}
          settings={settings}
        />
      </div>
      <Group className={classes.controls} justify="space-between" gap="sm" wrap="nowrap">
        <Group gap="xs" wrap="nowrap">
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            onClick={() => go(index - 1)}
            disabled={index === 0}
            aria-label={t('presentation.previous')}
          >
            <IconChevronLeft aria-hidden />
          </ActionIcon>
          <span className={classes.position} aria-live="polite" data-testid="slide-position">
            {t('presentation.slideOf', { current: index + 1, total: slides.length })}
          </span>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            onClick={() => go(index + 1)}
            disabled={index === last}
            aria-label={t('presentation.next')}
          >
            <IconChevronRight aria-hidden />
          </ActionIcon>
        </Group>
        <Group gap="xs" wrap="nowrap">
          <Button
            variant="subtle"
            color="gray"
            leftSection={<IconLayoutGrid size={18} aria-hidden />}
            onClick={() => setOverview((open) => !open)}
          >
            {t('presentation.overview')}
          </Button>
          <Button
            variant="subtle"
            color="gray"
            leftSection={<IconFileTypePdf size={18} aria-hidden />}
            onClick={onPrint}
          >
            {t('presentation.savePdf')}
          </Button>
          <Button
            variant="subtle"
            color="gray"
            leftSection={<IconX size={18} aria-hidden />}
            onClick={onLeave}
          >
            {t('presentation.stop')}
          </Button>
        </Group>
      </Group>
      {overview && (
        <SlideOverview
          slides={slides}
          current={index}
          onChoose={(chosen) => {
            onIndexChange(chosen)
            setOverview(false)
          }}
        />
      )}
    </main>
  )
}
