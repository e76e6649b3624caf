import { Anchor, Button, Group, Switch } from '@mantine/core'
import { IconArrowLeft, IconPencil } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { useApiMutation } from '../../api/use-api-mutation'
import { useApiQuery } from '../../api/use-api-query'
import { useActiveProgramme } from '../../app/active-programme-context'
import { ErrorState } from '../../components/ErrorState'
import { LoadingState } from '../../components/LoadingState'
import { PageHeader } from '../../components/PageHeader'
import { notifySuccess } from '../../components/notifications'
import { IdeaActionsCard } from '../actions/IdeaActionsCard'
import { IdeaResidentsCard } from '../residents/IdeaResidentsCard'
import { IdeaDetailsCard } from './IdeaDetailsCard'
import { IdeaFeedbackCard } from './IdeaFeedbackCard'
import { IdeaFormModal } from './IdeaFormModal'
import { IdeaOwnersCard } from './IdeaOwnersCard'
import classes from './IdeaPage.module.css'
import { IdeaStatusBadge } from './IdeaStatusBadge'
import { IdeaStatusCard } from './IdeaStatusCard'
import { IdeaTimeline } from './IdeaTimeline'
import { useIdeaLookups } from './use-idea-lookups'
import { ToneBadge } from './ToneBadge'

/** One idea: what it is, where it stands, who has it, what residents heard, and what comes next. */
export function IdeaPage() {
  const { t } = useTranslation()
  const { ideaId = '' } = useParams()
  const { active } = useActiveProgramme()
  const detail = useApiQuery('idea.get', { ideaId })
  const lookups = useIdeaLookups(active.id)
  const [editing, setEditing] = useState(false)
  const update = useApiMutation('idea.update')
  const back = (
    <Anchor component={Link} to="/ideeen" size="sm" className={classes.back}>
      <IconArrowLeft size={14} aria-hidden /> {t('ideas.detail.back')}
    </Anchor>
  )
  if (!detail.data) {
    return (
      <>
        {back}
        {detail.error ? <ErrorState error={detail.error} onRetry={detail.refresh} /> : <LoadingState />}
      </>
    )
  }
  const item = detail.data
  const { idea } = item
  const toggleHighlight = async (highlighted: boolean) => {
    const outcome = await update.mutate({ ideaId: idea.id, highlighted })
    if (outcome.ok)
      notifySuccess(highlighted ? t('ideas.detail.highlightOn') : t('ideas.detail.highlightOff'))
  }
  return (
    <>
      {back}
      <PageHeader
        title={idea.title}
        description={item.streetName ?? t('ideas.noStreet')}
        badges={
          <Group gap="xs">
            <IdeaStatusBadge status={idea.status} size="lg" />
            {item.feedbackDue && (
              <ToneBadge tone="orange" variant="light" size="lg">
                {t('ideas.feedbackDue')}
              </ToneBadge>
            )}
          </Group>
        }
        actions={
          <>
            <Switch
              label={t('ideas.detail.highlight')}
              checked={idea.highlighted}
              onChange={(event) => void toggleHighlight(event.currentTarget.checked)}
              disabled={update.isPending}
            />
            <Button
              variant="default"
              leftSection={<IconPencil size={16} aria-hidden />}
              onClick={() => setEditing(true)}
            >
              {t('ideas.detail.edit')}
            </Button>
          </>
        }
      />
      <div className={classes.layout}>
        <div className={classes.column}>
          <IdeaDetailsCard detail={item} themeLabel={lookups.themeLabel} />
          <IdeaTimeline history={idea.history} />
        </div>
        <div className={classes.column}>
          <IdeaStatusCard detail={item} partners={lookups.partners} />
          {item.feedbackDue || idea.feedback.length > 0 || idea.status !== 'opgehaald' ? (
            <IdeaFeedbackCard detail={item} />
          ) : null}
          <IdeaOwnersCard detail={item} partners={lookups.partners} />
          <IdeaResidentsCard ideaId={idea.id} programmeId={idea.programmeId} />
          <IdeaActionsCard ideaId={idea.id} programmeId={idea.programmeId} />
        </div>
      </div>
      <IdeaFormModal opened={editing} onClose={() => setEditing(false)} lookups={lookups} idea={idea} />
    </>
  )
}
