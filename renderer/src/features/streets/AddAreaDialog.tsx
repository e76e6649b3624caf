import { Button, Group, Modal, NativeSelect, Stack, Text, TextInput } from '@mantine/core'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type AreaKind, areaKinds } from '../../../../shared/model/vocabulary'
import { useApiMutation } from '../../api/use-api-mutation'
import { useActiveProgramme } from '../../app/active-programme-context'
import { notifySuccess } from '../../components/notifications'
import { fieldErrorFrom } from './field-errors'

/** Adds a kern, wijk or buurt to group streets by. */
export function AddAreaDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  const { active } = useActiveProgramme()
  const [name, setName] = useState('')
  const [kind, setKind] = useState<AreaKind>('kern')
  const [error, setError] = useState<string | undefined>(undefined)
  const create = useApiMutation('area.create', {
    onError: (failure) => {
      const found = fieldErrorFrom(failure, ['name'] as const)
      if (found) setError(found.message)
      return found !== undefined
    },
  })

  const close = () => {
    setName('')
    setError(undefined)
    onClose()
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (name.trim() === '') {
      setError(t('streets.addArea.nameRequired'))
      return
    }
    const outcome = await create.mutate({ programmeId: active.id, name: name.trim(), kind })
    if (!outcome.ok) return
    notifySuccess(t('streets.addArea.added', { name: outcome.value.name }))
    close()
  }

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('streets.addArea.title')}
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('streets.addArea.intro')}
          </Text>
          <TextInput
            label={t('streets.addArea.name')}
            placeholder={t('streets.addArea.namePlaceholder')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={error}
            required
            data-autofocus
          />
          <NativeSelect
            label={t('streets.addArea.kind')}
            value={kind}
            onChange={(event) => setKind(event.currentTarget.value as AreaKind)}
            data={areaKinds.map((code) => ({ value: code, label: t(`vocabulary.areaKind.${code}`) }))}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('streets.addArea.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
