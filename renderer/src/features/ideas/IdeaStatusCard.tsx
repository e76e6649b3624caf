import { Anchor, Button, Group, Text } from '@mantine/core'
import { IconArrowsJoin, IconArrowsRightLeft } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { type IdeaDetail } from '../../../../shared/api/methods/ideas'
import { canChangeIdeaStatus } from '../../../../shared/domain/idea-lifecycle'
import { SectionCard } from '../../components/SectionCard'
import { IdeaStatusBadge } from './IdeaStatusBadge'
import { MergeDialog } from './MergeDialog'
import { StatusChangeDialog } from './StatusChangeDialog'
import { manualTargets } from './status-rules'
import { type Option } from './use-idea-lookups'
import { useStatusChange } from './use-status-change'
import { WhatChangedField } from './WhatChangedField'

/**
 * Where the idea stands, with "Status wijzigen" (only the allowed targets) and "Samenvoegen"; for a
 * realised idea also what changed for residents.
 */
export function IdeaStatusCard({ detail, partners }: { detail: IdeaDetail; partners: Option[] }) {
  const { t } = useTranslation()
  const { idea } = detail
  const change = useStatusChange()
  const [merging, setMerging] = useState(false)
  const targets = manualTargets(idea.status)
  const canMerge = canChangeIdeaStatus(idea.status, 'samengevoegd')
  const subject = { id: idea.id, title: idea.title, status: idea.status }
  return (
    <SectionCard title={t('ideas.detail.statusHeading')} testId="idea-status">
      <Group gap="sm">
        <IdeaStatusBadge status={idea.status} size="lg" />
        {detail.mergedInto && (
          <Text size="sm">
            {t('ideas.detail.mergedInto')}{' '}
            <Anchor component={Link} to={`/ideeen/${detail.mergedInto.id}`}>
              {detail.mergedInto.title}
            </Anchor>
          </Text>
        )}
      </Group>
      {idea.status === 'gerealiseerd' && <WhatChangedField key={idea.whatChanged} idea={idea} />}
      {targets.length === 0 && !canMerge ? (
        <Text size="sm" c="dimmed">
          {t('ideas.detail.noMoves')}
        </Text>
      ) : (
        <Group gap="sm">
          {targets.length > 0 && (
            <Button
              leftSection={<IconArrowsRightLeft size={16} aria-hidden />}
              onClick={() => change.choose(subject, targets)}
            >
              {t('ideas.detail.changeStatus')}
            </Button>
          )}
          {canMerge && (
            <Button
              variant="default"
              leftSection={<IconArrowsJoin size={16} aria-hidden />}
              onClick={() => setMerging(true)}
            >
              {t('ideas.detail.merge')}
            </Button>
          )}
        </Group>
      )}
      <StatusChangeDialog
        opened={change.pending !== undefined}
        ideaTitle={idea.title}
        targets={change.pending?.targets ?? []}
        partners={partners}
        busy={change.busy}
        onConfirm={(details) => void change.confirm(details)}
        onCancel={change.cancel}
      />
      <MergeDialog opened={merging} idea={idea} onClose={() => setMerging(false)} />
    </SectionCard>
  )
}
