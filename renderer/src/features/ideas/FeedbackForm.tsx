import { Button, Group, Select, Stack, Textarea } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type FeedbackChannel, feedbackChannels } from '../../../../shared/model/vocabulary'
import { useApiMutation } from '../../api/use-api-mutation'
import { DateField } from '../../components/forms/DateField'
import { notifySuccess } from '../../components/notifications'
import { localToday } from '../../components/local-today'

interface FeedbackFormProps {
  ideaId: string
  onSaved?: () => void
  onCancel?: () => void
  autoFocus?: boolean
}

/** Records that residents were told what happened with their idea: how, when and what. */
export function FeedbackForm({ ideaId, onSaved, onCancel, autoFocus }: FeedbackFormProps) {
  const { t } = useTranslation()
  const [channel, setChannel] = useState<FeedbackChannel>('aan-de-deur')
  const [date, setDate] = useState<string | null>(localToday())
  const [note, setNote] = useState('')
  const addFeedback = useApiMutation('idea.addFeedback')
  const submit = async () => {
    const outcome = await addFeedback.mutate({ ideaId, channel, note, ...(date ? { date } : {}) })
    if (!outcome.ok) return
    notifySuccess(t('ideas.feedback.saved'))
    setNote('')
    onSaved?.()
  }
  return (
    <form
      noValidate
      aria-label={t('ideas.feedback.heading')}
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
    >
      <Stack gap="sm">
        <Group grow align="flex-start" gap="sm">
          <Select
            label={t('ideas.feedback.channel')}
            data={feedbackChannels.map((value) => ({
              value,
              label: t(`vocabulary.feedbackChannel.${value}`),
            }))}
            value={channel}
            onChange={(value) => value && setChannel(value as FeedbackChannel)}
            allowDeselect={false}
            data-autofocus={autoFocus || undefined}
            comboboxProps={{ withinPortal: true }}
          />
          <DateField label={t('ideas.feedback.date')} value={date} onChange={setDate} />
        </Group>
        <Textarea
          label={t('ideas.feedback.note')}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          autosize
          minRows={2}
        />
        <Group justify="flex-end" gap="sm">
          {onCancel && (
            <Button variant="default" onClick={onCancel} disabled={addFeedback.isPending}>
              {t('common.cancel')}
            </Button>
          )}
          <Button type="submit" loading={addFeedback.isPending}>
            {t('ideas.feedback.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
