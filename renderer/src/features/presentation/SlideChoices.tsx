import { Checkbox, Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { SectionCard } from '../../components/SectionCard'
import { type SlideKind, slideKinds } from './presentation-types'

interface SlideChoicesProps {
  hidden: SlideKind[]
  onChange: (hidden: SlideKind[]) => void
}

/** One checkbox per kind of slide: ticked slides are shown, unticked ones skipped. */
export function SlideChoices({ hidden, onChange }: SlideChoicesProps) {
  const { t } = useTranslation()
  const shown = slideKinds.filter((kind) => !hidden.includes(kind))
  return (
    <SectionCard
      title={t('presentation.slidesLegend')}
      description={t('presentation.slidesHint')}
      testId="slide-choices"
    >
      <Checkbox.Group
        value={shown}
        onChange={(values) => onChange(slideKinds.filter((kind) => !values.includes(kind)))}
        aria-label={t('presentation.slidesLegend')}
      >
        <Stack gap="sm">
          {slideKinds.map((kind) => (
            <Checkbox key={kind} value={kind} label={t(`presentation.kind.${kind}`)} size="md" />
          ))}
        </Stack>
      </Checkbox.Group>
    </SectionCard>
  )
}
