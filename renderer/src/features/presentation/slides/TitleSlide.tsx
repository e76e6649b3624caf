import { useTranslation } from 'react-i18next'
import { useFormatters } from '../../../components/use-formatters'
import { type PresentationData, type PresentationSettings } from '../presentation-types'
import classes from '../Slides.module.css'
import { SlideFrame } from './SlideFrame'

/** The opening slide: programme, audience, gemeente and period. */
export function TitleSlide({
  data,
  settings,
  footer,
}: {
  data: PresentationData
  settings: PresentationSettings
  footer: string
}) {
  const { t } = useTranslation()
  const format = useFormatters()
  const gemeente = data.programme.gemeente.replace(/^gemeente\s+/i, '')
  return (
    <SlideFrame
      tone="accent"
      heading={data.programme.name}
      kicker={t(`presentation.title.forAudience.${settings.audience}`, { gemeente })}
      footer={footer}
    >
      <p className={classes.titlePeriod}>
        {t('presentation.title.period', { from: format.date(settings.from), to: format.date(settings.to) })}
      </p>
    </SlideFrame>
  )
}
