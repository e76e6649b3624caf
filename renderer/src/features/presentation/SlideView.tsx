import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { ideasByStatusChart, ideasByThemeChart, streetCoverageChart } from '../../../../shared/charts'
import { useChartLanguage } from '../../components/charts/use-chart-language'
import { type PresentationData, type PresentationSettings, type Slide } from './presentation-types'
import { ChartSlide } from './slides/ChartSlide'
import { FiguresSlide } from './slides/FiguresSlide'
import { IdeaSlide } from './slides/IdeaSlide'
import { InvitationSlide } from './slides/InvitationSlide'
import { NextStepsSlide } from './slides/NextStepsSlide'
import { PartnersSlide } from './slides/PartnersSlide'
import { ResidentsSlide } from './slides/ResidentsSlide'
import { TitleSlide } from './slides/TitleSlide'

interface SlideViewProps {
  slide: Slide
  number: number
  total: number
  data: PresentationData
  settings: PresentationSettings
}

/** Draws one slide of the deck by its kind. */
export function SlideView({ slide, number, total, data, settings }: SlideViewProps) {
  const { t } = useTranslation()
  const language = useChartLanguage()
  const footer = `${data.programme.name} · ${number} / ${total}`
  const { stats } = data
  const charts = useMemo(
    () => ({
      streets: streetCoverageChart(stats, language),
      themes: ideasByThemeChart(stats, language),
      progress: ideasByStatusChart(stats, language),
    }),
    [stats, language],
  )
  switch (slide.kind) {
    case 'title':
      return <TitleSlide data={data} settings={settings} footer={footer} />
    case 'figures':
      return <FiguresSlide data={data} settings={settings} heading={slide.heading} footer={footer} />
    case 'streets':
      return (
        <ChartSlide
          heading={slide.heading}
          lead={t('presentation.streets.lead', { count: stats.perStreet.length })}
          chart={charts.streets}
          footer={footer}
        />
      )
    case 'themes':
      return <ChartSlide heading={slide.heading} chart={charts.themes} footer={footer} />
    case 'progress':
      return <ChartSlide heading={slide.heading} chart={charts.progress} footer={footer} />
    case 'residents':
      return <ResidentsSlide data={data} heading={slide.heading} footer={footer} />
    case 'idea': {
      const item = data.ideas.find((candidate) => candidate.idea.id === slide.ideaId)
      return item ? <IdeaSlide item={item} data={data} footer={footer} /> : null
    }
    case 'partners':
      return <PartnersSlide data={data} heading={slide.heading} footer={footer} />
    case 'next-steps':
      return <NextStepsSlide data={data} heading={slide.heading} footer={footer} />
    case 'invitation':
      return <InvitationSlide data={data} heading={slide.heading} footer={footer} />
  }
}
