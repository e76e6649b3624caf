import { Button, Checkbox, Group, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core'
import { type FormEvent, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type AddressListItem } from '../../../../../shared/api/methods/streets'
import { findSensitiveNumbers, type SensitiveKind } from '../../../../../shared/domain/sensitive-text'
import { type ContactOutcome, contactOutcomes } from '../../../../../shared/model/vocabulary'
import { useApiMutation } from '../../../api/use-api-mutation'
import { DateField } from '../../../components/forms/DateField'
import { localToday } from '../../../components/local-today'
import { notifySuccess } from '../../../components/notifications'
import { fieldErrorFrom } from '../field-errors'
import { SensitiveNoteWarning } from './SensitiveNoteWarning'

const fields = ['outcome', 'date', 'note', 'residentName', 'phone'] as const
type Field = (typeof fields)[number]

interface RecordContactFormProps {
  item: AddressListItem
  onSaved: () => void
}

/**
 * Records one contact moment: outcome, date (today unless changed), a short note and, only with the
 * resident's consent, a first name and phone number. A note that looks like a BSN, IBAN or phone
 * number is held back until the coach confirms it.
 */
export function RecordContactForm({ item, onSaved }: RecordContactFormProps) {
  const { t } = useTranslation()
  const [outcome, setOutcome] = useState<ContactOutcome>('gesprek')
  const [date, setDate] = useState(localToday())
  const [note, setNote] = useState('')
  const [consent, setConsent] = useState(item.address.consentToContact)
  const [residentName, setResidentName] = useState(item.address.residentName)
  const [phone, setPhone] = useState(item.address.phone)
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({})
  const [warning, setWarning] = useState<SensitiveKind[] | undefined>(undefined)
  const noteRef = useRef<HTMLTextAreaElement>(null)
  const record = useApiMutation('contact.record', {
    onError: (error) => {
      const found = fieldErrorFrom(error, fields)
      if (found) setErrors({ [found.field]: found.message })
      return found !== undefined
    },
  })

  const save = async () => {
    setWarning(undefined)
    const result = await record.mutate({
      addressId: item.address.id,
      outcome,
      date,
      note: note.trim(),
      ...(consent
        ? { consentToContact: true, residentName: residentName.trim(), phone: phone.trim() }
        : item.address.consentToContact
          ? { consentToContact: false, residentName: '', phone: '' }
          : {}),
    })
    if (!result.ok) return
    notifySuccess(t('streets.contact.saved', { outcome: t(`vocabulary.contactOutcome.${outcome}`) }))
    onSaved()
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      setErrors({ date: t('streets.contact.dateRequired') })
      return
    }
    setErrors({})
    const kinds = findSensitiveNumbers(note)
    if (kinds.length > 0) {
      setWarning(kinds)
      return
    }
    void save()
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Group grow align="flex-start">
          <NativeSelect
            label={t('streets.contact.outcome')}
            value={outcome}
            onChange={(event) => setOutcome(event.currentTarget.value as ContactOutcome)}
            data={contactOutcomes.map((code) => ({
              value: code,
              label: t(`vocabulary.contactOutcome.${code}`),
            }))}
            error={errors.outcome}
            data-autofocus
          />
          <DateField
            label={t('streets.contact.date')}
            value={date}
            maxDate={localToday()}
            onChange={(value) => setDate(value ?? '')}
            error={errors.date}
          />
        </Group>
        <Textarea
          ref={noteRef}
          label={t('streets.contact.note')}
          description={t('streets.contact.noteHint')}
          value={note}
          onChange={(event) => {
            setNote(event.currentTarget.value)
            setWarning(undefined)
          }}
          error={errors.note}
          autosize
          minRows={2}
          maxRows={5}
          maxLength={2000}
        />
        {warning && (
          <SensitiveNoteWarning
            kinds={warning}
            onSaveAnyway={() => void save()}
            onEdit={() => {
              setWarning(undefined)
              noteRef.current?.focus()
            }}
          />
        )}
        <Checkbox
          label={t('streets.contact.consent')}
          description={t('streets.contact.consentHint')}
          checked={consent}
          onChange={(event) => setConsent(event.currentTarget.checked)}
        />
        {consent && (
          <Group grow align="flex-start">
            <TextInput
              label={t('streets.contact.firstName')}
              value={residentName}
              onChange={(event) => setResidentName(event.currentTarget.value)}
              error={errors.residentName}
              autoComplete="off"
            />
            <TextInput
              label={t('streets.contact.phone')}
              value={phone}
              onChange={(event) => setPhone(event.currentTarget.value)}
              error={errors.phone}
              autoComplete="off"
              inputMode="tel"
            />
          </Group>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={record.isPending} disabled={warning !== undefined}>
            {t('streets.contact.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
