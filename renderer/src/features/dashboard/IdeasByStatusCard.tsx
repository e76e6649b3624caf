import { Anchor, Text } from '@mantine/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { ideasByStatusChart, shownIdeaStatuses } from '../../../../shared/charts'
import { type IdeaStatus } from '../../../../shared/model/vocabulary'
import { ChartFigure } from '../../components/charts/ChartFigure'
import { useChartLanguage } from '../../components/charts/use-chart-language'
import { SectionCard } from '../../components/SectionCard'
import { useFormatters } from '../../components/use-formatters'
import classes from './Dashboard.module.css'

interface IdeasByStatusCardProps {
  ideasByStatus: Record<IdeaStatus, number>
  total: number
}

/**
 * Ideas per status as a funnel of bars (the main line, then the side exits that hold ideas), and each
 * status as a link to the idea list filtered on it.
 */
export function IdeasByStatusCard({ ideasByStatus, total }: IdeasByStatusCardProps) {
  const { t } = useTranslation()
  const format = useFormatters()
  const language = useChartLanguage()
  const chart = useMemo(() => ideasByStatusChart({ ideasByStatus }, language), [ideasByStatus, language])
  const shown = shownIdeaStatuses(ideasByStatus)
  return (
    <SectionCard
      title={t('dashboard.ideasHeading')}
      description={t('dashboard.ideasIntro')}
      testId="ideas-by-status"
    >
      {total === 0 ? (
        <Text c="dimmed">{t('dashboard.noIdeas')}</Text>
      ) : (
        <>
          <ChartFigure chart={chart} height={shown.length * 40 + 24} />
          <ul className={classes.statusList}>
            {shown.map((status) => {
              const label = t(`vocabulary.ideaStatus.${status}`)
              return (
                <li key={status} data-testid={`ideas-status-${status}`}>
                  <Link
                    to={`/ideeen?status=${status}`}
                    className={classes.rowLink}
                    aria-label={`${t('dashboardCards.statusLink', { status: label })}: ${format.number(ideasByStatus[status])}`}
                  >
                    <Text component="span" size="sm">
                      {label}
                    </Text>
                    <Text
                      component="span"
                      size="sm"
                      fw={600}
                      className="app-tabular"
                      data-testid={`ideas-status-${status}-count`}
                    >
                      {format.number(ideasByStatus[status])}
                    </Text>
                  </Link>
                </li>
              )
            })}
          </ul>
          <Anchor component={Link} to="/ideeen" fw={600}>
            {t('dashboardCards.allIdeas')}
          </Anchor>
        </>
      )}
    </SectionCard>
  )
}
