import { useTranslation } from 'react-i18next'
import { buildWeekdayDate } from '../../../components/weekday-date'
import { nextPlannedSession } from '../build-slides'
import { type PresentationData } from '../presentation-types'
import classes from '../Slides.module.css'
import { SlideFrame } from './SlideFrame'

/** The closing invitation: the next planned session with its date, time and place. */
export function InvitationSlide({
  data,
  heading,
  footer,
}: {
  data: PresentationData
  heading: string
  footer: string
}) {
  const { t, i18n } = useTranslation()
  const next = nextPlannedSession(data)
  return (
    <SlideFrame tone="accent" heading={heading} kicker={next?.session.title} footer={footer}>
      {next ? (
        <dl className={classes.invitation}>
          <div>
            <dt>{t('presentation.invitation.when')}</dt>
            <dd>
              {buildWeekdayDate(next.session.date, i18n.language)}
              <br />
              {t('presentation.invitation.time', {
                start: next.session.startTime,
                end: next.session.endTime,
              })}
            </dd>
          </div>
          <div>
            <dt>{t('presentation.invitation.where')}</dt>
            <dd>{next.session.location || t('presentation.invitation.noPlace')}</dd>
          </div>
        </dl>
      ) : (
        <p className={classes.lead}>{t('presentation.invitation.none')}</p>
      )}
      <p className={classes.invitationContact}>{t('presentation.invitation.contact')}</p>
    </SlideFrame>
  )
}
