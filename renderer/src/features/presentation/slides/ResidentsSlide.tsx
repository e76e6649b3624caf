import { useTranslation } from 'react-i18next'
import { useFormatters } from '../../../components/use-formatters'
import { type PresentationData } from '../presentation-types'
import classes from '../Slides.module.css'
import { SlideFrame } from './SlideFrame'

/**
 * "Bewoners aan zet": residents carrying ideas, neighbours brought together, and signals picked up by
 * neighbours or handed over warmly. Counts only, never a name, a street or a kind of signal.
 */
export function ResidentsSlide({
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
  const { residents, connections, signals } = data.residents
  const figures = [
    {
      id: 'active',
      value: residents.active,
      label: t('residents.slide.active'),
      detail: t('residents.slide.inStreets', { count: residents.streets }),
    },
    {
      id: 'trekkers',
      value: residents.ideasWithTrekker,
      label: t('residents.slide.trekkers'),
      detail: t('residents.slide.ofIdeas', { count: residents.ideas }),
    },
    {
      id: 'connections',
      value: connections.made,
      label: t('residents.slide.connections'),
      detail: t('residents.slide.running', { count: connections.running }),
    },
    {
      id: 'signals',
      value: signals.total,
      label: t('residents.slide.signals'),
      detail: t('residents.slide.signalsDetail'),
    },
    {
      id: 'neighbours',
      value: signals.byRoute.buren,
      label: t('residents.slide.byNeighbours'),
    },
    {
      id: 'handovers',
      value: signals.handovers.handovers,
      label: t('residents.slide.handovers'),
      detail: t('residents.slide.pickedUp', { count: signals.handovers.pickedUp }),
    },
  ]
  return (
    <SlideFrame
      heading={heading}
      kicker={t('presentation.figures.asOf', { date: format.date(data.today) })}
      footer={footer}
    >
      <dl className={classes.figures}>
        {figures.map((figure) => (
          <div key={figure.id} className={classes.figure} data-testid={`slide-residents-${figure.id}`}>
            <dt className={classes.figureLabel}>{figure.label}</dt>
            <dd className={classes.figureValue}>{format.number(figure.value)}</dd>
            {figure.detail !== undefined && <dd className={classes.figureDetail}>{figure.detail}</dd>}
          </div>
        ))}
      </dl>
    </SlideFrame>
  )
}
