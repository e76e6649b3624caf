import { Button, Group, Modal, Stack } from '@mantine/core'
import { IconTrash } from '@tabler/icons-react'
import { type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { type Street } from '../../../../../shared/model'
import { useApiMutation } from '../../../api/use-api-mutation'
import { useApiQuery } from '../../../api/use-api-query'
import { notifySuccess } from '../../../components/notifications'
import { notifyWithUndo } from '../notify-undo'
import { StreetFields, useStreetForm } from '../StreetFields'
import { streetPath, streetsPath } from '../streets-paths'

/**
 * Renames a street, changes its place or area, or moves it (with its addresses) to the bin; the
 * notification offers "Ongedaan maken".
 */
interface EditStreetDialogProps {
  street: Street
  onClose: () => void
  /** Called just before the street goes to the bin: its page stops loading it. */
  onLeaving: () => void
}

export function EditStreetDialog({ street, onClose, onLeaving }: EditStreetDialogProps) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const areas = useApiQuery('area.list', { programmeId: street.programmeId })
  const form = useStreetForm({ name: street.name, place: street.place, areaId: street.areaId ?? '' })
  const update = useApiMutation('street.update', { onError: form.onApiError })
  const remove = useApiMutation('street.delete')
  const restore = useApiMutation('street.restore')

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!form.validate()) return
    const { name, place, areaId } = form.values
    const outcome = await update.mutate({
      streetId: street.id,
      name: name.trim(),
      place: place.trim(),
      areaId: areaId === '' ? null : areaId,
    })
    if (!outcome.ok) return
    notifySuccess(t('streets.editStreet.saved', { name: outcome.value.name }))
    onClose()
  }

  const moveToBin = async () => {
    // Leave the street's page first, so it does not reload a street that is gone.
    onLeaving()
    void navigate(streetsPath)
    const outcome = await remove.mutate({ streetId: street.id })
    if (!outcome.ok) return
    notifyWithUndo(t('streets.editStreet.deleted', { name: street.name }), () => {
      void restore.mutate({ streetId: street.id }).then((restored) => {
        if (!restored.ok) return
        notifySuccess(t('streets.editStreet.restored', { name: street.name }))
        void navigate(streetPath(street.id))
      })
    })
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('streets.editStreet.title')}
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <StreetFields form={form} areas={areas.data ?? []} />
          <Group justify="space-between" gap="sm">
            <Button
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={16} aria-hidden />}
              onClick={() => void moveToBin()}
              loading={remove.isPending}
            >
              {t('streets.editStreet.delete')}
            </Button>
            <Group gap="sm">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={update.isPending}>
                {t('streets.editAddress.submit')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
