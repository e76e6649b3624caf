import { Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type Idea } from '../../../../shared/model/idea'
import { useApiMutation } from '../../api/use-api-mutation'
import { useApiQuery } from '../../api/use-api-query'
import { notifySuccess } from '../../components/notifications'

interface MergeDialogProps {
  opened: boolean
  idea: Idea
  onClose: () => void
}

/** Merges this idea into another one, chosen with a searchable select. */
export function MergeDialog({ opened, idea, onClose }: MergeDialogProps) {
  const { t } = useTranslation()
  const ideas = useApiQuery('idea.list', { programmeId: idea.programmeId }, { enabled: opened })
  const [target, setTarget] = useState<string | null>(null)
  const [note, setNote] = useState('')
  const [problem, setProblem] = useState<string | undefined>()
  const merge = useApiMutation('idea.merge')
  const options = (ideas.data ?? [])
    .filter((item) => item.idea.id !== idea.id && item.idea.status !== 'samengevoegd')
    .map((item) => ({
      value: item.idea.id,
      label: item.streetName ? `${item.idea.title} · ${item.streetName}` : item.idea.title,
    }))
  const close = () => {
    setTarget(null)
    setNote('')
    setProblem(undefined)
    onClose()
  }
  const submit = async () => {
    if (!target) return setProblem(t('ideas.merge.required'))
    const outcome = await merge.mutate({ ideaId: idea.id, intoIdeaId: target, note })
    if (!outcome.ok) return
    notifySuccess(t('ideas.merge.done', { title: idea.title }))
    close()
  }
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('ideas.merge.title')}
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          void submit()
        }}
      >
        <Stack gap="md">
          <Text size="sm">{t('ideas.merge.intro', { title: idea.title })}</Text>
          <Select
            label={t('ideas.merge.target')}
            placeholder={t('ideas.merge.targetPlaceholder')}
            data={options}
            value={target}
            onChange={(value) => {
              setTarget(value)
              setProblem(undefined)
            }}
            searchable
            withAsterisk
            error={problem}
            data-autofocus
            nothingFoundMessage="—"
            comboboxProps={{ withinPortal: true }}
          />
          <Textarea
            label={t('ideas.merge.note')}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            autosize
            minRows={2}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={merge.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={merge.isPending}>
              {t('ideas.merge.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
