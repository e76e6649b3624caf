import { Anchor, Text } from '@mantine/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { ideasByThemeChart } from '../../../../shared/charts'
import { type ProgrammeStats } from '../../../../shared/domain/stats-types'
import { ChartFigure } from '../../components/charts/ChartFigure'
import { useChartLanguage } from '../../components/charts/use-chart-language'
import { SectionCard } from '../../components/SectionCard'

/** Ideas per theme as bars, drawn from the same chart data as the Word reports. */
export function IdeasByThemeCard({ ideasByTheme }: Pick<ProgrammeStats, 'ideasByTheme'>) {
  const { t } = useTranslation()
  const language = useChartLanguage()
  const chart = useMemo(() => ideasByThemeChart({ ideasByTheme }, language), [ideasByTheme, language])
  const withIdeas = ideasByTheme.some((theme) => theme.count > 0)
  return (
    <SectionCard
      title={t('dashboardCards.themesHeading')}
      description={t('dashboardCards.themesIntro')}
      testId="ideas-by-theme"
    >
      {withIdeas ? (
        <>
          <ChartFigure chart={chart} height={Math.max(160, ideasByTheme.length * 38 + 24)} />
          <Anchor component={Link} to="/ideeen" fw={600}>
            {t('dashboardCards.allIdeas')}
          </Anchor>
        </>
      ) : (
        <Text c="dimmed">{t('dashboardCards.noThemes')}</Text>
      )}
    </SectionCard>
  )
}
