import { useTranslation } from 'react-i18next'
import { type IdeaListItem } from '../../../../../shared/api/contract'
import { quoted } from '../../../../../shared/domain/quote-text'
import { type PresentationData } from '../presentation-types'
import classes from '../Slides.module.css'
import { SlideFrame } from './SlideFrame'

/** One highlighted idea with the residents' own words, without names or house numbers. */
export function IdeaSlide({
  item,
  data,
  footer,
}: {
  item: IdeaListItem
  data: PresentationData
  footer: string
}) {
  const { t } = useTranslation()
  const { idea } = item
  // The description is already a quote: through the redaction pass and cut to length (anonymise-presentation-data).
  const quote = quoted(idea.description)
  const themes = idea.themes
    .map((code) => data.stats.ideasByTheme.find((theme) => theme.code === code)?.label)
    .filter((label): label is string => label !== undefined)
  return (
    <SlideFrame heading={idea.title} kicker={t('presentation.idea.kicker')} footer={footer}>
      {/* Without the residents' own words there is nothing to quote: no sentence is made up for them. */}
      {quote !== '' ? (
        <figure className={classes.quote}>
          <blockquote className={classes.quoteText}>{quote}</blockquote>
          <figcaption className={classes.quoteBy}>
            {item.streetName
              ? t('presentation.idea.attributionStreet', { street: item.streetName })
              : t('presentation.idea.attribution')}
          </figcaption>
        </figure>
      ) : (
        item.streetName && (
          <p className={classes.quoteBy}>{t('presentation.idea.fromStreet', { street: item.streetName })}</p>
        )
      )}
      <ul className={classes.meta}>
        {idea.supporters > 0 && <li>{t('presentation.idea.supporters', { count: idea.supporters })}</li>}
        <li>{t('presentation.idea.status', { status: t(`vocabulary.ideaStatus.${idea.status}`) })}</li>
        {themes.length > 0 && <li>{themes.join(' · ')}</li>}
      </ul>
    </SlideFrame>
  )
}
