import { Button, Group, Modal, Select, Stack, TextInput, Textarea } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type ContactPerson, type Partner } from '../../../../shared/model/people'
import { type PartnerKind, partnerKinds } from '../../../../shared/model/vocabulary'
import { useApiMutation } from '../../api/use-api-mutation'
import { useActiveProgramme } from '../../app/active-programme-context'
import { notifySuccess } from '../../components/notifications'
import { ContactsField } from './ContactsField'

interface PartnerFormModalProps {
  opened: boolean
  /** The partner to edit; without it a new one is added. */
  partner?: Partner
  onClose: () => void
}

/** Adds or edits a partner organisation with its contact persons. */
export function PartnerFormModal({ opened, partner, onClose }: PartnerFormModalProps) {
  const { t } = useTranslation()
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={partner ? t('partners.form.editTitle') : t('partners.form.newTitle')}
      size="xl"
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {opened && <PartnerForm partner={partner} onClose={onClose} />}
    </Modal>
  )
}

function PartnerForm({ partner, onClose }: { partner?: Partner; onClose: () => void }) {
  const { t } = useTranslation()
  const { active } = useActiveProgramme()
  const [name, setName] = useState(partner?.name ?? '')
  const [kind, setKind] = useState<PartnerKind>(partner?.kind ?? 'gemeente')
  const [notes, setNotes] = useState(partner?.notes ?? '')
  const [contacts, setContacts] = useState<ContactPerson[]>(partner?.contacts ?? [])
  const [errors, setErrors] = useState<Record<string, string>>({})
  const handled = {
    onError: (error: { code: string; field?: string }) =>
      error.code === 'VALIDATION_FAILED' && error.field !== undefined,
  }
  const create = useApiMutation('partner.create', handled)
  const update = useApiMutation('partner.update', handled)

  const submit = async () => {
    const problems: Record<string, string> = {}
    if (name.trim() === '') problems.name = t('partners.form.nameRequired')
    contacts.forEach((contact, index) => {
      if (contact.name.trim() === '') problems[`contacts.${index}`] = t('partners.form.contactNameRequired')
    })
    setErrors(problems)
    if (Object.keys(problems).length > 0) return
    const fields = { name, kind, notes, contacts }
    const outcome = partner
      ? await update.mutate({ partnerId: partner.id, ...fields })
      : await create.mutate({ programmeId: active.id, ...fields })
    if (!outcome.ok) {
      const field = outcome.error.field ?? ''
      setErrors({
        [field.startsWith('contacts.') ? field.split('.').slice(0, 2).join('.') : field]:
          outcome.error.message,
      })
      return
    }
    notifySuccess(t('partners.saved', { name: outcome.value.name }))
    onClose()
  }

  const contactErrors = Object.fromEntries(contacts.map((_, index) => [index, errors[`contacts.${index}`]]))
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
          label={t('partners.form.name')}
          placeholder={t('partners.form.namePlaceholder')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={errors.name}
          withAsterisk
          data-autofocus
          autoComplete="off"
        />
        <Select
          label={t('partners.form.kind')}
          data={partnerKinds.map((value) => ({ value, label: t(`vocabulary.partnerKind.${value}`) }))}
          value={kind}
          onChange={(value) => value && setKind(value as PartnerKind)}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
        <ContactsField value={contacts} onChange={setContacts} errors={contactErrors} />
        <Textarea
          label={t('partners.form.notes')}
          value={notes}
          onChange={(event) => setNotes(event.currentTarget.value)}
          autosize
          minRows={2}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {t('partners.form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
