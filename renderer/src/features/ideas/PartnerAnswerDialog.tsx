import { Button, Group, Modal, Stack, Textarea } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type IdeaOwnerView } from '../../../../shared/api/methods/ideas'
import { useApiMutation } from '../../api/use-api-mutation'
import { DateField } from '../../components/forms/DateField'
import { serverErrorField } from '../../components/forms/server-field-error'
import { localToday } from '../../components/local-today'
import { useUndoIdeaStep } from './use-undo-idea-step'

interface PartnerAnswerDialogProps {
  ideaId: string
  /** The partner whose answer is recorded; undefined while the dialog is closed. */
  owner: IdeaOwnerView | undefined
  onClose: () => void
}

/**
 * "Antwoord ontvangen": the day the partner answered (today unless the coach says otherwise, never
 * before the idea was brought in) and what they said in a few lines. Saving offers undo for a few
 * seconds.
 */
export function PartnerAnswerDialog({ ideaId, owner, onClose }: PartnerAnswerDialogProps) {
  const { t } = useTranslation()
  return (
    <Modal
      opened={owner !== undefined}
      onClose={onClose}
      title={owner ? t('flow.partner.answerTitle', { partner: owner.partnerName }) : ''}
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {owner && <AnswerForm key={owner.partnerId} ideaId={ideaId} owner={owner} onClose={onClose} />}
    </Modal>
  )
}

function AnswerForm({
  ideaId,
  owner,
  onClose,
}: {
  ideaId: string
  owner: IdeaOwnerView
  onClose: () => void
}) {
  const { t } = useTranslation()
  const today = localToday()
  const [date, setDate] = useState<string | null>(owner.since > today ? owner.since : today)
  const [answer, setAnswer] = useState(owner.answer ?? '')
  const [problem, setProblem] = useState<{ field: 'date' | 'note'; message: string } | undefined>()
  const offerUndo = useUndoIdeaStep()
  const record = useApiMutation('idea.recordPartnerAnswer', {
    onError: (error) => {
      const field = serverErrorField(error, ['date', 'note'] as const)
      if (field === undefined) return false
      setProblem({ field, message: error.message })
      return true
    },
  })

  const submit = async () => {
    if (!date) return setProblem({ field: 'date', message: t('flow.partner.answerDate') })
    const outcome = await record.mutate({ ideaId, partnerId: owner.partnerId, date, note: answer })
    if (!outcome.ok) return
    onClose()
    offerUndo(ideaId, t('ideas.detail.answerSaved', { partner: owner.partnerName }))
  }

  return (
    <form
      noValidate
      aria-label={t('flow.partner.answerTitle', { partner: owner.partnerName })}
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
    >
      <Stack gap="md">
        <DateField
          label={t('flow.partner.answerDate')}
          description={t('flow.partner.answerDateHint')}
          value={date}
          onChange={(value) => {
            setDate(value)
            setProblem(undefined)
          }}
          minDate={owner.since}
          maxDate={today}
          error={problem?.field === 'date' ? problem.message : undefined}
          popoverProps={{ withinPortal: true }}
          w={340}
        />
        <Textarea
          label={t('flow.partner.answerText')}
          placeholder={t('flow.partner.answerPlaceholder')}
          description={t('flow.partner.answerHint')}
          value={answer}
          onChange={(event) => {
            setAnswer(event.currentTarget.value)
            setProblem(undefined)
          }}
          autosize
          minRows={3}
          maxRows={8}
          maxLength={4000}
          error={problem?.field === 'note' ? problem.message : undefined}
          data-autofocus
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={record.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={record.isPending}>
            {t('flow.partner.answerSave')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
