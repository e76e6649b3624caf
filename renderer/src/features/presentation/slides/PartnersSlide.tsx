import { useTranslation } from 'react-i18next'
import { type PresentationData } from '../presentation-types'
import classes from '../Slides.module.css'
import { SlideFrame } from './SlideFrame'

const shownPartners = 4
const shownIdeas = 2

/** Which partners picked up which ideas, busiest partner first. */
export function PartnersSlide({
  data,
  heading,
  footer,
}: {
  data: PresentationData
  heading: string
  footer: string
}) {
  const { t } = useTranslation()
  const partners = data.partners
    .filter((item) => item.ideas.length > 0)
    .sort((a, b) => b.ideas.length - a.ideas.length)
  return (
    <SlideFrame heading={heading} footer={footer}>
      {partners.length === 0 ? (
        <p className={classes.lead}>{t('presentation.partners.none')}</p>
      ) : (
        <ul className={classes.partnerList}>
          {partners.slice(0, shownPartners).map(({ partner, ideas }) => (
            <li key={partner.id} className={classes.partnerRow}>
              <span className={classes.partnerName}>{partner.name}</span>
              <span className={classes.partnerCount}>
                {t('presentation.partners.ideas', { count: ideas.length })}
              </span>
              <span className={classes.partnerIdeas}>
                {ideas
                  .slice(0, shownIdeas)
                  .map((idea) => idea.title)
                  .join(' · ')}
                {ideas.length > shownIdeas
                  ? ` · ${t('presentation.partners.more', { count: ideas.length - shownIdeas })}`
                  : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
      {partners.length > shownPartners && (
        <p className={classes.partnerMore}>
          {t('presentation.partners.morePartners', { count: partners.length - shownPartners })}
        </p>
      )}
    </SlideFrame>
  )
}
