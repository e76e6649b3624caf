import { Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { type Area } from '../../../../shared/model'
import { useApiMutation } from '../../api/use-api-mutation'
import { useActiveProgramme } from '../../app/active-programme-context'
import { notifySuccess } from '../../components/notifications'
import { fieldErrorFrom } from './field-errors'
import { streetPath } from './streets-paths'

const fields = ['name', 'place', 'areaId'] as const
type Field = (typeof fields)[number]

interface AddStreetDialogProps {
  opened: boolean
  areas: Area[]
  onClose: () => void
}

/** Adds a street (name, place, optional area) and opens it, so the coach can add its addresses. */
export function AddStreetDialog({ opened, areas, onClose }: AddStreetDialogProps) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { active } = useActiveProgramme()
  const [name, setName] = useState('')
  const [place, setPlace] = useState(active.gemeente)
  const [areaId, setAreaId] = useState('')
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({})
  const create = useApiMutation('street.create', {
    onError: (error) => {
      const found = fieldErrorFrom(error, fields)
      if (found) setErrors({ [found.field]: found.message })
      return found !== undefined
    },
  })

  const close = () => {
    setName('')
    setAreaId('')
    setErrors({})
    onClose()
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (name.trim() === '') {
      setErrors({ name: t('streets.addStreet.nameRequired') })
      return
    }
    const outcome = await create.mutate({
      programmeId: active.id,
      name: name.trim(),
      place: place.trim(),
      ...(areaId === '' ? {} : { areaId }),
    })
    if (!outcome.ok) return
    notifySuccess(t('streets.addStreet.added', { name: outcome.value.name }))
    close()
    void navigate(streetPath(outcome.value.id))
  }

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('streets.addStreet.title')}
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('streets.addStreet.name')}
            placeholder={t('streets.addStreet.namePlaceholder')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={errors.name}
            required
            data-autofocus
          />
          <TextInput
            label={t('streets.addStreet.place')}
            description={t('streets.addStreet.placeHint')}
            value={place}
            onChange={(event) => setPlace(event.currentTarget.value)}
            error={errors.place}
          />
          <NativeSelect
            label={t('streets.addStreet.area')}
            value={areaId}
            onChange={(event) => setAreaId(event.currentTarget.value)}
            error={errors.areaId}
            data={[
              { value: '', label: t('streets.addStreet.noArea') },
              ...areas.map((area) => ({ value: area.id, label: area.name })),
            ]}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('streets.addStreet.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
