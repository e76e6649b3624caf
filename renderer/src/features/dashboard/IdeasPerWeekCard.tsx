import { Anchor, Text } from '@mantine/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { ideasPerWeekChart } from '../../../../shared/charts'
import { useApiQuery } from '../../api/use-api-query'
import { ChartFigure } from '../../components/charts/ChartFigure'
import { useChartLanguage } from '../../components/charts/use-chart-language'
import { ErrorState } from '../../components/ErrorState'
import { LoadingState } from '../../components/LoadingState'
import { SectionCard } from '../../components/SectionCard'

/** Ideas collected per week as a line, from the programme's ideas. */
export function IdeasPerWeekCard({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation()
  const language = useChartLanguage()
  const ideas = useApiQuery('idea.list', { programmeId })
  const chart = useMemo(
    () =>
      ideas.data
        ? ideasPerWeekChart(
            ideas.data.map((item) => item.idea.collectedOn),
            language,
          )
        : undefined,
    [ideas.data, language],
  )
  return (
    <SectionCard
      title={t('dashboardCards.perWeekHeading')}
      description={t('dashboardCards.perWeekIntro')}
      testId="ideas-per-week"
    >
      {ideas.error ? (
        <ErrorState error={ideas.error} onRetry={ideas.refresh} />
      ) : !chart ? (
        <LoadingState />
      ) : chart.categories.length === 0 ? (
        <Text c="dimmed">{t('dashboardCards.noIdeasYet')}</Text>
      ) : (
        <>
          <ChartFigure chart={chart} height={260} />
          <Anchor component={Link} to="/ideeen" fw={600}>
            {t('dashboardCards.allIdeas')}
          </Anchor>
        </>
      )}
    </SectionCard>
  )
}
