import { useTranslation } from 'react-i18next'
import { useApiQuery } from '../../api/use-api-query'
import { ErrorState } from '../../components/ErrorState'
import { LoadingState } from '../../components/LoadingState'
import { SectionCard } from '../../components/SectionCard'
import { ActionForm } from './ActionForm'
import { ActionList } from './ActionList'

/** All open follow-ups of the programme, overdue first, with a form to add one. */
export function OpenActionsSection({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation()
  const actions = useApiQuery('action.list', { programmeId, openOnly: true })
  return (
    <SectionCard
      title={t('ideas.actions.heading')}
      description={t('ideas.actions.intro')}
      testId="open-actions"
    >
      <ActionForm programmeId={programmeId} />
      {actions.data ? (
        <ActionList items={actions.data} showLink emptyText={t('ideas.actions.noneOpen')} />
      ) : actions.error ? (
        <ErrorState error={actions.error} onRetry={actions.refresh} />
      ) : (
        <LoadingState minHeight={60} />
      )}
    </SectionCard>
  )
}
