import { Button, Tabs } from '@mantine/core'
import { IconLayoutKanban, IconMessageCircle, IconPlus, IconTable } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { useApiQuery } from '../../api/use-api-query'
import { useActiveProgramme } from '../../app/active-programme-context'
import { ErrorState } from '../../components/ErrorState'
import { LoadingState } from '../../components/LoadingState'
import { PageHeader } from '../../components/PageHeader'
import { FeedbackDueList } from './FeedbackDueList'
import { IdeaBoard } from './IdeaBoard'
import { IdeaFormModal } from './IdeaFormModal'
import { IdeaTableView } from './IdeaTableView'
import { useIdeaLookups } from './use-idea-lookups'
import { ToneBadge } from './ToneBadge'

const views = ['bord', 'tabel', 'terugkoppeling'] as const
type View = (typeof views)[number]

/** Ideeën: the status board, the table and the ideas that need feedback to residents. */
export function IdeasPage() {
  const { t } = useTranslation()
  const { active } = useActiveProgramme()
  const [params, setParams] = useSearchParams()
  const requested = params.get('weergave')
  const view: View = views.find((value) => value === requested) ?? 'bord'
  const ideas = useApiQuery('idea.list', { programmeId: active.id })
  const lookups = useIdeaLookups(active.id)
  const [creating, setCreating] = useState(false)
  const dueCount = ideas.data?.filter((item) => item.feedbackDue).length ?? 0

  return (
    <>
      <PageHeader
        title={t('ideas.title')}
        description={t('ideas.intro')}
        actions={
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
            {t('ideas.newIdea')}
          </Button>
        }
      />
      <Tabs
        value={view}
        onChange={(value) =>
          setParams(value && value !== 'bord' ? { weergave: value } : {}, { replace: true })
        }
        keepMounted={false}
      >
        <Tabs.List aria-label={t('ideas.viewsLabel')} mb="lg">
          <Tabs.Tab value="bord" leftSection={<IconLayoutKanban size={16} aria-hidden />}>
            {t('ideas.views.board')}
          </Tabs.Tab>
          <Tabs.Tab value="tabel" leftSection={<IconTable size={16} aria-hidden />}>
            {t('ideas.views.table')}
          </Tabs.Tab>
          <Tabs.Tab
            value="terugkoppeling"
            leftSection={<IconMessageCircle size={16} aria-hidden />}
            rightSection={
              dueCount > 0 ? (
                <ToneBadge tone="orange" size="sm" variant="light" data-testid="feedback-due-count">
                  {dueCount}
                </ToneBadge>
              ) : undefined
            }
          >
            {t('ideas.views.feedback')}
          </Tabs.Tab>
        </Tabs.List>
        {ideas.data ? (
          <>
            <Tabs.Panel value="bord">
              <IdeaBoard items={ideas.data} lookups={lookups} />
            </Tabs.Panel>
            <Tabs.Panel value="tabel">
              <IdeaTableView items={ideas.data} lookups={lookups} />
            </Tabs.Panel>
            <Tabs.Panel value="terugkoppeling">
              <FeedbackDueList items={ideas.data} />
            </Tabs.Panel>
          </>
        ) : ideas.error ? (
          <ErrorState error={ideas.error} onRetry={ideas.refresh} />
        ) : (
          <LoadingState />
        )}
      </Tabs>
      <IdeaFormModal opened={creating} onClose={() => setCreating(false)} lookups={lookups} />
    </>
  )
}
