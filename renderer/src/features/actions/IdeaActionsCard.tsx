import { useTranslation } from 'react-i18next'
import { useApiQuery } from '../../api/use-api-query'
import { ErrorState } from '../../components/ErrorState'
import { LoadingState } from '../../components/LoadingState'
import { SectionCard } from '../../components/SectionCard'
import { ActionForm } from './ActionForm'
import { ActionList } from './ActionList'

/** The follow-ups of one idea, with a form to add one. */
export function IdeaActionsCard({ ideaId, programmeId }: { ideaId: string; programmeId: string }) {
  const { t } = useTranslation()
  const actions = useApiQuery('action.list', { programmeId, ideaId, openOnly: false })
  return (
    <SectionCard
      title={t('ideas.actions.heading')}
      description={t('ideas.actions.intro')}
      testId="idea-actions"
    >
      {actions.data ? (
        <ActionList items={actions.data} emptyText={t('ideas.actions.none')} />
      ) : actions.error ? (
        <ErrorState error={actions.error} onRetry={actions.refresh} />
      ) : (
        <LoadingState minHeight={60} />
      )}
      <ActionForm programmeId={programmeId} ideaId={ideaId} narrow />
    </SectionCard>
  )
}
