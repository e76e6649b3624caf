import { Button, Group, Modal, Select, Stack } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type ResidentListItem } from '../../../../../shared/api/methods/residents'
import { type ResidentRole, residentRoles } from '../../../../../shared/model/resident-vocabulary'
import { useApiMutation } from '../../../api/use-api-mutation'
import { useActiveProgramme } from '../../../app/active-programme-context'
import { notifySuccess } from '../../../components/notifications'
import { localToday } from '../../../components/local-today'
import { residentName, useIdeaOptions } from '../use-resident-options'
import { DateField } from '../../../components/forms/DateField'

/** Gives a resident another role: on an idea, or as buurtcontact in the street. */
export function RoleFormModal({
  item,
  onClose,
}: {
  item: ResidentListItem | undefined
  onClose: () => void
}) {
  const { t } = useTranslation()
  return (
    <Modal
      opened={item !== undefined}
      onClose={onClose}
      title={item ? t('residents.role.title', { name: residentName(item.resident) }) : ''}
      size="md"
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {item && <RoleForm item={item} onClose={onClose} />}
    </Modal>
  )
}

function RoleForm({ item, onClose }: { item: ResidentListItem; onClose: () => void }) {
  const { t } = useTranslation()
  const { active } = useActiveProgramme()
  const ideas = useIdeaOptions(active.id)
  const [role, setRole] = useState<ResidentRole>('meedenker')
  const [ideaId, setIdeaId] = useState<string | null>(null)
  const [start, setStart] = useState<string | null>(localToday())
  const [error, setError] = useState<{ field: string; message: string } | undefined>()
  const add = useApiMutation('resident.addRole', {
    onError: (failure) => {
      setError({ field: failure.field ?? 'role', message: failure.message })
      return true
    },
  })
  const submit = async () => {
    if (role !== 'buurtcontact' && !ideaId) {
      setError({ field: 'ideaId', message: t('residents.form.ideaRequired') })
      return
    }
    const outcome = await add.mutate({
      residentId: item.resident.id,
      role,
      ...(ideaId ? { ideaId } : {}),
      ...(start ? { start } : {}),
    })
    if (!outcome.ok) return
    notifySuccess(t('residents.role.added'))
    onClose()
  }
  const errorOf = (field: string) => (error?.field === field ? error.message : undefined)
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
    >
      <Stack gap="md">
        <Select
          label={t('residents.role.role')}
          data={residentRoles.map((value) => ({ value, label: t(`vocabulary.residentRole.${value}`) }))}
          value={role}
          onChange={(value) => value && setRole(value as ResidentRole)}
          allowDeselect={false}
          error={errorOf('role')}
          data-autofocus
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          label={t('residents.role.idea')}
          description={role === 'buurtcontact' ? t('residents.role.ideaOptional') : undefined}
          data={ideas}
          value={ideaId}
          onChange={setIdeaId}
          searchable
          clearable
          error={errorOf('ideaId')}
          comboboxProps={{ withinPortal: true }}
        />
        <DateField
          label={t('residents.role.start')}
          value={start}
          onChange={setStart}
          maxDate={localToday()}
          error={errorOf('start')}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={add.isPending}>
            {t('residents.role.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
