import { useTranslation } from 'react-i18next'
import { useFormatters } from '../../../components/use-formatters'
import { type PresentationData, type PresentationSettings } from '../presentation-types'
import classes from '../Slides.module.css'
import { SlideFrame } from './SlideFrame'

interface Figure {
  id: string
  value: number
  label: string
  detail?: string
}

/** Key figures against the goals, large enough to read from the back of the room. */
export function FiguresSlide({
  data,
  settings,
  heading,
  footer,
}: {
  data: PresentationData
  settings: PresentationSettings
  heading: string
  footer: string
}) {
  const { t } = useTranslation()
  const format = useFormatters()
  const { stats } = data
  const goal = (value: number) =>
    value > 0 ? t('presentation.figures.goal', { goal: format.number(value) }) : undefined
  const newIdeas = data.ideas.filter(
    ({ idea }) => idea.collectedOn >= settings.from && idea.collectedOn <= settings.to,
  ).length
  const figures: Figure[] = [
    {
      id: 'reached',
      value: stats.reached,
      label: t('presentation.figures.reached'),
      detail: t('presentation.figures.reachedOf', {
        addresses: format.number(stats.addresses),
        percent: format.percent(stats.coverage),
      }),
    },
    {
      id: 'conversations',
      value: stats.conversations,
      label: t('presentation.figures.conversations'),
      detail: goal(stats.goals.conversations),
    },
    {
      id: 'ideas',
      value: stats.ideas,
      label: t('presentation.figures.ideas'),
      detail: goal(stats.goals.ideas),
    },
    {
      id: 'realised',
      value: stats.ideasRealised,
      label: t('presentation.figures.realised'),
      detail: goal(stats.goals.ideasRealised),
    },
    { id: 'sessions', value: stats.sessionsHeld, label: t('presentation.figures.sessions') },
    { id: 'new-ideas', value: newIdeas, label: t('presentation.figures.newIdeas') },
  ]
  return (
    <SlideFrame
      heading={heading}
      kicker={t('presentation.figures.asOf', { date: format.date(data.today) })}
      footer={footer}
    >
      <dl className={classes.figures}>
        {figures.map((figure) => (
          <div key={figure.id} className={classes.figure} data-testid={`slide-figure-${figure.id}`}>
            <dt className={classes.figureLabel}>{figure.label}</dt>
            <dd className={classes.figureValue}>{format.number(figure.value)}</dd>
            {figure.detail !== undefined && <dd className={classes.figureDetail}>{figure.detail}</dd>}
          </div>
        ))}
      </dl>
    </SlideFrame>
  )
}
