import { Button, Group, Modal, Stack } from '@mantine/core'
import { type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { type Area } from '../../../../shared/model'
import { useApiMutation } from '../../api/use-api-mutation'
import { useActiveProgramme } from '../../app/active-programme-context'
import { notifySuccess } from '../../components/notifications'
import { StreetFields, useStreetForm } from './StreetFields'
import { streetPath } from './streets-paths'

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
  const form = useStreetForm({ name: '', place: active.gemeente, areaId: '' })
  const create = useApiMutation('street.create', { onError: form.onApiError })

  const close = () => {
    // The place stays, for the next street in the same village.
    form.reset({ ...form.values, name: '', areaId: '' })
    onClose()
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!form.validate()) return
    const { name, place, areaId } = form.values
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
          <StreetFields form={form} areas={areas} hints />
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
