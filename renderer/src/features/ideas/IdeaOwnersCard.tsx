import { Button, Group, Text } from '@mantine/core'
import { IconCheck, IconSend } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type IdeaDetail, type IdeaOwnerView } from '../../../../shared/api/methods/ideas'
import { canChangeIdeaStatus } from '../../../../shared/domain/idea-lifecycle'
import { SectionCard } from '../../components/SectionCard'
import { useFormatters } from '../../components/use-formatters'
import classes from './IdeaPage.module.css'
import { PartnerAnswerDialog } from './PartnerAnswerDialog'
import { StatusChangeDialog } from './StatusChangeDialog'
import { toneText } from './ToneBadge'
import { type Option } from './use-idea-lookups'
import { useStatusChange } from './use-status-change'

/** Waiting longer than this many days is marked. */
export const longWaitDays = 30

/**
 * The partners that own the idea, what was asked, how long each has been waiting and what they
 * answered; "Bij een partner inbrengen" when the idea may go to a partner, and "Antwoord ontvangen"
 * per partner that has not answered yet.
 */
export function IdeaOwnersCard({ detail, partners }: { detail: IdeaDetail; partners: Option[] }) {
  const { t } = useTranslation()
  const format = useFormatters()
  const { idea } = detail
  const change = useStatusChange()
  const [answering, setAnswering] = useState<IdeaOwnerView | undefined>()
  const canBringIn = canChangeIdeaStatus(idea.status, 'ingebracht')
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
              {owner.answer && (
                <Text size="sm" mt={4} className={classes.answer} data-testid="owner-answer">
                  {t('flow.partner.answerSaid', { answer: owner.answer })}
                </Text>
              )}
              {!owner.answeredAt && (
                <Button
                  size="xs"
                  variant="light"
                  mt="xs"
                  leftSection={<IconCheck size={14} aria-hidden />}
                  onClick={() => setAnswering(owner)}
                >
                  {t('ideas.detail.recordAnswer')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canBringIn && (
        <Group>
          <Button
            variant="default"
            leftSection={<IconSend size={16} aria-hidden />}
            onClick={() =>
              change.choose({ id: idea.id, title: idea.title, status: idea.status }, ['ingebracht'])
            }
          >
            {t('flow.partner.bringTo')}
          </Button>
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
      <PartnerAnswerDialog ideaId={idea.id} owner={answering} onClose={() => setAnswering(undefined)} />
    </SectionCard>
  )
}
