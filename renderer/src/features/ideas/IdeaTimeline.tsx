import { Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { type IdeaHistoryEntry } from '../../../../shared/model/idea'
import { SectionCard } from '../../components/SectionCard'
import { useFormatters } from '../../components/use-formatters'
import { IdeaStatusBadge } from './IdeaStatusBadge'
import classes from './IdeaPage.module.css'

/**
 * The idea's history, newest step first: status, the day it happened as the coach gave it (and, when
 * it was typed in on another day, that day too), who, note and reason.
 */
export function IdeaTimeline({ history }: { history: IdeaHistoryEntry[] }) {
  const { t } = useTranslation()
  const format = useFormatters()
  const entries = [...history].reverse()
  return (
    <SectionCard title={t('ideas.detail.timelineHeading')} testId="idea-timeline">
      <ol className={classes.timeline}>
        {entries.map((entry, index) => {
          const day = format.date(entry.date)
          const recorded = format.dayAndTime(entry.at).day
          return (
            <li key={`${entry.at}-${index}`}>
              <Group gap="xs" wrap="wrap">
                <IdeaStatusBadge status={entry.status} />
                <Text size="sm" c="dimmed">
                  {day}
                  {recorded !== day ? ` · ${t('ideas.detail.recordedOn', { date: recorded })}` : ''}
                  {entry.by ? ` · ${t('ideas.detail.by', { name: entry.by })}` : ''}
                </Text>
              </Group>
              {entry.note.trim() && (
                <Text size="sm" mt={4}>
                  {entry.note}
                </Text>
              )}
              {entry.reason?.trim() && (
                <Text size="sm" mt={4} fw={500}>
                  {t('ideas.detail.reason', { reason: entry.reason })}
                </Text>
              )}
            </li>
          )
        })}
      </ol>
    </SectionCard>
  )
}
