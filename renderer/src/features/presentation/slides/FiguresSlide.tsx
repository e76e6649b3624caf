import { useTranslation } from 'react-i18next'
import { type GoalFigure, keyFigures } from '../../../../../shared/domain/key-figures'
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
  const figures = keyFigures(data.stats)
  const { reached } = figures
  const goal = (figure: GoalFigure) =>
    figure.share !== undefined
      ? t('presentation.figures.goal', {
          goal: format.number(figure.goal),
          percent: format.percent(figure.share),
        })
      : undefined
  const newIdeas = data.ideas.filter(
    ({ idea }) => idea.collectedOn >= settings.from && idea.collectedOn <= settings.to,
  ).length
  const tiles: Figure[] = [
    {
      id: 'reached',
      value: reached.value,
      label: t('presentation.figures.reached'),
      detail:
        reached.basis === 'goal'
          ? t('presentation.figures.goal', {
              goal: format.number(reached.goal),
              percent: format.percent(reached.share),
            })
          : t('presentation.figures.reachedOf', {
              addresses: format.number(reached.addresses),
              percent: format.percent(reached.share),
            }),
    },
    {
      id: 'conversations',
      value: figures.conversations.value,
      label: t('presentation.figures.conversations'),
      detail: goal(figures.conversations),
    },
    {
      id: 'ideas',
      value: figures.ideas.value,
      label: t('presentation.figures.ideas'),
      detail: goal(figures.ideas),
    },
    {
      id: 'realised',
      value: figures.realised.value,
      label: t('presentation.figures.realised'),
      detail: goal(figures.realised),
    },
    { id: 'sessions', value: figures.sessionsHeld, label: t('presentation.figures.sessions') },
    { id: 'new-ideas', value: newIdeas, label: t('presentation.figures.newIdeas') },
  ]
  return (
    <SlideFrame
      heading={heading}
      kicker={t('presentation.figures.asOf', { date: format.date(data.today) })}
      footer={footer}
    >
      <dl className={classes.figures}>
        {tiles.map((figure) => (
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
