import { Anchor, Badge, Text } from '@mantine/core'
import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import { useApiQuery } from '../../../api/use-api-query'
import { ErrorState } from '../../../components/ErrorState'
import { LoadingState } from '../../../components/LoadingState'
import { SectionCard } from '../../../components/SectionCard'
import { useFormatters } from '../../../components/use-formatters'
import classes from './StreetDetail.module.css'

/** The ideas residents of this street brought in, newest first, with their status. */
export function StreetIdeasCard({ streetId, programmeId }: { streetId: string; programmeId: string }) {
  const { t } = useTranslation()
  const format = useFormatters()
  const ideas = useApiQuery('idea.list', { programmeId, streetIds: [streetId] })
  return (
    <SectionCard title={t('streets.detail.ideasTitle')} testId="street-ideas">
      {ideas.error ? (
        <ErrorState error={ideas.error} onRetry={ideas.refresh} />
      ) : !ideas.data ? (
        <LoadingState minHeight={80} />
      ) : ideas.data.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('streets.detail.noIdeas')}
        </Text>
      ) : (
        <ul className={classes.ideaList}>
          {ideas.data.map(({ idea }) => (
            <li key={idea.id}>
              <Anchor component={Link} to={`/ideeen/${idea.id}`} fw={600} size="sm">
                {idea.title}
              </Anchor>
              <Text size="xs" c="dimmed" mt={2}>
                {format.date(idea.collectedOn)}
              </Text>
              <Badge variant="outline" color="gray" size="sm" mt={6} c="dark">
                {t(`vocabulary.ideaStatus.${idea.status}`)}
              </Badge>
            </li>
          ))}
        </ul>
      )}
    </SectionCard>
  )
}
