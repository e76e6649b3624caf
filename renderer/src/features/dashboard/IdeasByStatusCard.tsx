import { Group, Progress, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { type IdeaStatus, ideaStatuses } from '../../../../shared/model/vocabulary'
import { SectionCard } from '../../components/SectionCard'
import { useFormatters } from '../../components/use-formatters'
import classes from './Dashboard.module.css'

const mainLine: readonly IdeaStatus[] = [
  'opgehaald',
  'uitgewerkt',
  'ingebracht',
  'in-uitvoering',
  'gerealiseerd',
]

interface IdeasByStatusCardProps {
  ideasByStatus: Record<IdeaStatus, number>
  total: number
}

/** Ideas per status: the main line always, the side exits only when they hold ideas. */
export function IdeasByStatusCard({ ideasByStatus, total }: IdeasByStatusCardProps) {
  const { t } = useTranslation()
  const format = useFormatters()
  const shown = ideaStatuses.filter((status) => mainLine.includes(status) || ideasByStatus[status] > 0)
  return (
    <SectionCard
      title={t('dashboard.ideasHeading')}
      description={t('dashboard.ideasIntro')}
      testId="ideas-by-status"
    >
      {total === 0 ? (
        <Text c="dimmed">{t('dashboard.noIdeas')}</Text>
      ) : (
        <ul className={classes.barList}>
          {shown.map((status) => {
            const label = t(`vocabulary.ideaStatus.${status}`)
            const count = ideasByStatus[status]
            return (
              <li key={status} data-testid={`ideas-status-${status}`}>
                <Group justify="space-between" gap="xs" mb={6} wrap="nowrap">
                  <Text fw={500}>{label}</Text>
                  <Text fw={600} className="app-tabular" data-testid={`ideas-status-${status}-count`}>
                    {format.number(count)}
                  </Text>
                </Group>
                <Progress
                  value={(count / total) * 100}
                  size="sm"
                  radius="xl"
                  color={mainLine.includes(status) ? undefined : 'gray.5'}
                  aria-label={t('dashboard.ideasBar', { status: label, count })}
                />
              </li>
            )
          })}
        </ul>
      )}
    </SectionCard>
  )
}
