import { Alert, Group, Text } from '@mantine/core'
import { IconMessageExclamation } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { type IdeaDetail } from '../../../../shared/api/methods/ideas'
import { SectionCard } from '../../components/SectionCard'
import { useFormatters } from '../../components/use-formatters'
import { FeedbackForm } from './FeedbackForm'
import classes from './IdeaPage.module.css'
import { toneText } from './ToneBadge'

/** Terugkoppeling: a clear banner when residents still need to hear, earlier feedback, and the form. */
export function IdeaFeedbackCard({ detail }: { detail: IdeaDetail }) {
  const { t } = useTranslation()
  const format = useFormatters()
  const feedback = [...detail.idea.feedback].sort((a, b) => b.date.localeCompare(a.date))
  return (
    <SectionCard
      title={t('ideas.feedback.heading')}
      description={t('ideas.feedback.intro')}
      testId="idea-feedback"
    >
      {detail.feedbackDue && (
        <Alert
          color="orange"
          variant="light"
          title={t('ideas.feedback.dueTitle')}
          icon={<IconMessageExclamation aria-hidden />}
          data-testid="feedback-due-banner"
          styles={{ title: { color: toneText.orange } }}
        >
          {t('ideas.feedback.due')}
        </Alert>
      )}
      {feedback.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('ideas.feedback.none')}
        </Text>
      ) : (
        <ul className={classes.list}>
          {feedback.map((entry, index) => (
            <li key={`${entry.date}-${index}`}>
              <Group gap={6}>
                <Text size="sm" fw={600}>
                  {format.date(entry.date)}
                </Text>
                <Text size="sm">· {t(`vocabulary.feedbackChannel.${entry.channel}`)}</Text>
                <Text size="sm" c="dimmed">
                  ·{' '}
                  {t('ideas.feedback.atStatus', { status: t(`ideas.statusWord.${entry.statusAtFeedback}`) })}
                </Text>
              </Group>
              {entry.note.trim() && <Text size="sm">{entry.note}</Text>}
            </li>
          ))}
        </ul>
      )}
      <FeedbackForm ideaId={detail.idea.id} />
    </SectionCard>
  )
}
