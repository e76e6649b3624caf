import { useTranslation } from 'react-i18next'
import { useFormatters } from '../../../components/use-formatters'
import { type PresentationData } from '../presentation-types'
import classes from '../Slides.module.css'
import { SlideFrame } from './SlideFrame'

const shown = 3

/** What comes next: open follow-up actions and the sessions that are planned. */
export function NextStepsSlide({
  data,
  heading,
  footer,
}: {
  data: PresentationData
  heading: string
  footer: string
}) {
  const { t } = useTranslation()
  const format = useFormatters()
  const actions = [...data.openActions]
    .sort((a, b) => (a.action.due ?? '9999').localeCompare(b.action.due ?? '9999'))
    .slice(0, shown)
  const sessions = data.sessions
    .filter(
      ({ session }) =>
        (session.status === 'gepland' || session.status === 'verplaatst') && session.date >= data.today,
    )
    .slice(0, 3)
  return (
    <SlideFrame heading={heading} footer={footer}>
      <div className={classes.twoColumns}>
        <section>
          <h2 className={classes.columnHeading}>{t('presentation.nextSteps.actions')}</h2>
          {actions.length === 0 ? (
            <p>{t('presentation.nextSteps.noActions')}</p>
          ) : (
            <ul className={classes.stepList}>
              {actions.map(({ action }) => (
                <li key={action.id}>
                  {action.title}
                  {action.due && (
                    <span className={classes.stepWhen}>
                      {t('presentation.nextSteps.due', { date: format.date(action.due) })}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section>
          <h2 className={classes.columnHeading}>{t('presentation.nextSteps.sessions')}</h2>
          {sessions.length === 0 ? (
            <p>{t('presentation.nextSteps.noSessions')}</p>
          ) : (
            <ul className={classes.stepList}>
              {sessions.map(({ session }) => (
                <li key={session.id}>
                  {session.title}
                  <span className={classes.stepWhen}>
                    {format.date(session.date)} · {session.startTime}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </SlideFrame>
  )
}
