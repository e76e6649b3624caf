import { Button, Group, Modal, Stack, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type TeamMember } from '../../../../shared/model/people'
import { useApiMutation } from '../../api/use-api-mutation'
import { notifySuccess } from '../../components/notifications'

interface TeamMemberFormModalProps {
  opened: boolean
  member?: TeamMember
  programmeId: string
  onClose: () => void
}

/** Adds or edits a team member. */
export function TeamMemberFormModal({ opened, member, programmeId, onClose }: TeamMemberFormModalProps) {
  const { t } = useTranslation()
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={member ? t('partnerTeam.form.editTitle') : t('partnerTeam.form.newTitle')}
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {opened && <TeamMemberForm member={member} programmeId={programmeId} onClose={onClose} />}
    </Modal>
  )
}

function TeamMemberForm({ member, programmeId, onClose }: Omit<TeamMemberFormModalProps, 'opened'>) {
  const { t } = useTranslation()
  const [values, setValues] = useState({
    name: member?.name ?? '',
    role: member?.role ?? '',
    email: member?.email ?? '',
    phone: member?.phone ?? '',
  })
  const [error, setError] = useState<string | undefined>()
  const create = useApiMutation('team.create')
  const update = useApiMutation('team.update')
  const set = (key: keyof typeof values, value: string) =>
    setValues((previous) => ({ ...previous, [key]: value }))
  const submit = async () => {
    if (values.name.trim() === '') return setError(t('partnerTeam.form.nameRequired'))
    const outcome = member
      ? await update.mutate({ teamMemberId: member.id, ...values })
      : await create.mutate({ programmeId, ...values })
    if (!outcome.ok) return
    notifySuccess(t('partnerTeam.saved', { name: outcome.value.name }))
    onClose()
  }
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
    >
      <Stack gap="md">
        <TextInput
          label={t('partnerTeam.form.name')}
          value={values.name}
          onChange={(event) => {
            set('name', event.currentTarget.value)
            setError(undefined)
          }}
          error={error}
          withAsterisk
          data-autofocus
          autoComplete="off"
        />
        <TextInput
          label={t('partnerTeam.form.role')}
          placeholder={t('partnerTeam.form.rolePlaceholder')}
          value={values.role}
          onChange={(event) => set('role', event.currentTarget.value)}
        />
        <TextInput
          label={t('partnerTeam.form.email')}
          type="email"
          value={values.email}
          onChange={(event) => set('email', event.currentTarget.value)}
        />
        <TextInput
          label={t('partnerTeam.form.phone')}
          type="tel"
          value={values.phone}
          onChange={(event) => set('phone', event.currentTarget.value)}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {t('partnerTeam.form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
