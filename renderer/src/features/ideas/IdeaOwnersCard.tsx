import { Button, Group, Text } from '@mantine/core'
import { IconCheck } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { type IdeaDetail } from '../../../../shared/api/methods/ideas'
import { useApiMutation } from '../../api/use-api-mutation'
import { SectionCard } from '../../components/SectionCard'
import { notifySuccess } from '../../components/notifications'
import { useFormatters } from '../../components/use-formatters'
import classes from './IdeaPage.module.css'
import { toneText } from './ToneBadge'

/** Waiting longer than this many days is marked. */
export const longWaitDays = 30

/** The partners that own the idea, what was asked, and how long each has been waiting for an answer. */
export function IdeaOwnersCard({ detail }: { detail: IdeaDetail }) {
  const { t } = useTranslation()
  const format = useFormatters()
  const answer = useApiMutation('idea.recordPartnerAnswer')
  const record = async (partnerId: string, partnerName: string) => {
    const outcome = await answer.mutate({ ideaId: detail.idea.id, partnerId })
    if (outcome.ok) notifySuccess(t('ideas.detail.answerSaved', { partner: partnerName }))
  }
  return (
    <SectionCard
      title={t('ideas.detail.ownersHeading')}
      description={t('ideas.detail.ownersIntro')}
      testId="idea-owners"
    >
      {detail.owners.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('ideas.detail.noOwners')}
        </Text>
      ) : (
        <ul className={classes.list}>
          {detail.owners.map((owner) => (
            <li
              key={owner.partnerId}
              className={classes.owner}
              data-long={!owner.answeredAt && owner.waitingDays > longWaitDays ? true : undefined}
            >
              <Group justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
                <div>
                  <Text fw={600}>{owner.partnerName}</Text>
                  <Text size="sm" c="dimmed">
                    {t('ideas.detail.since', { date: format.date(owner.since) })}
                    {owner.answeredAt
                      ? ''
                      : ` · ${t('ideas.detail.waiting', { days: t('ideas.waitingDays', { count: owner.waitingDays }) })}`}
                  </Text>
                  {owner.ask.trim() && (
                    <Text size="sm" mt={4}>
                      {t('ideas.detail.ask', { ask: owner.ask })}
                    </Text>
                  )}
                  {owner.answeredAt && (
                    <Text size="sm" mt={4} c={toneText.green}>
                      {t('ideas.detail.answered', { date: format.date(owner.answeredAt) })}
                    </Text>
                  )}
                </div>
                {!owner.answeredAt && (
                  <Button
                    size="xs"
                    variant="light"
                    leftSection={<IconCheck size={14} aria-hidden />}
                    onClick={() => void record(owner.partnerId, owner.partnerName)}
                    loading={answer.isPending}
                  >
                    {t('ideas.detail.recordAnswer')}
                  </Button>
                )}
              </Group>
            </li>
          ))}
        </ul>
      )}
    </SectionCard>
  )
}
