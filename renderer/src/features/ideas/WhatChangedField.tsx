import { Button, Group, Stack, Text, Textarea } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type Idea } from '../../../../shared/model/idea'
import { useApiMutation } from '../../api/use-api-mutation'
import { notifySuccess } from '../../components/notifications'

/** For a realised idea: what changed for residents, with a way to write or correct it. */
export function WhatChangedField({ idea }: { idea: Pick<Idea, 'id' | 'whatChanged'> }) {
  const { t } = useTranslation()
  const [editing, setEditing] = useState(false)
  const [value, setValue] = useState(idea.whatChanged)
  const update = useApiMutation('idea.update')
  const save = async () => {
    const outcome = await update.mutate({ ideaId: idea.id, whatChanged: value })
    if (!outcome.ok) return
    notifySuccess(t('ideas.detail.whatChangedSaved'))
    setEditing(false)
  }
  if (editing)
    return (
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          void save()
        }}
      >
        <Stack gap="xs">
          <Textarea
            label={t('ideas.detail.whatChanged')}
            placeholder={t('ideas.statusDialog.whatChangedPlaceholder')}
            value={value}
            onChange={(event) => setValue(event.currentTarget.value)}
            autosize
            minRows={2}
            data-autofocus
          />
          <Group gap="sm" justify="flex-end">
            <Button variant="default" onClick={() => setEditing(false)} disabled={update.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t('ideas.statusDialog.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    )
  return (
    <Stack gap={4} data-testid="idea-what-changed">
      <Text size="sm" fw={600}>
        {t('ideas.detail.whatChanged')}
      </Text>
      <Text size="sm" c={idea.whatChanged.trim() === '' ? 'dimmed' : undefined}>
        {idea.whatChanged.trim() === '' ? t('ideas.detail.whatChangedNone') : idea.whatChanged}
      </Text>
      <Group>
        <Button
          variant="light"
          size="xs"
          onClick={() => {
            setValue(idea.whatChanged)
            setEditing(true)
          }}
        >
          {t('ideas.detail.whatChangedEdit')}
        </Button>
      </Group>
    </Stack>
  )
}
