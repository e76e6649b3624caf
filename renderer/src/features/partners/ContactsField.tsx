import { ActionIcon, Button, Fieldset, Stack, TextInput } from '@mantine/core'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { type ContactPerson } from '../../../../shared/model/people'
import classes from './Partners.module.css'

interface ContactsFieldProps {
  value: ContactPerson[]
  onChange: (value: ContactPerson[]) => void
  errors: Record<number, string | undefined>
}

/** A partner's contact persons: name, role, email and phone each, added and removed freely. */
export function ContactsField({ value, onChange, errors }: ContactsFieldProps) {
  const { t } = useTranslation()
  const update = (index: number, patch: Partial<ContactPerson>) =>
    onChange(value.map((item, at) => (at === index ? { ...item, ...patch } : item)))
  return (
    <Fieldset legend={t('partners.form.contactsLegend')} variant="unstyled" className={classes.fieldset}>
      <Stack gap="sm">
        {value.map((contact, index) => (
          <div key={index} className={classes.contactRow}>
            <TextInput
              label={t('partners.form.contactName')}
              value={contact.name}
              onChange={(event) => update(index, { name: event.currentTarget.value })}
              error={errors[index]}
              withAsterisk
            />
            <TextInput
              label={t('partners.form.contactRole')}
              value={contact.role}
              onChange={(event) => update(index, { role: event.currentTarget.value })}
            />
            <TextInput
              label={t('partners.form.contactEmail')}
              type="email"
              value={contact.email}
              onChange={(event) => update(index, { email: event.currentTarget.value })}
            />
            <TextInput
              label={t('partners.form.contactPhone')}
              type="tel"
              value={contact.phone}
              onChange={(event) => update(index, { phone: event.currentTarget.value })}
            />
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              mb={2}
              aria-label={t('partners.form.removeContact', { number: index + 1 })}
              onClick={() => onChange(value.filter((_, at) => at !== index))}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </div>
        ))}
        <Button
          variant="subtle"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => onChange([...value, { name: '', role: '', email: '', phone: '' }])}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('partners.form.addContact')}
        </Button>
      </Stack>
    </Fieldset>
  )
}
