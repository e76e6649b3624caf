import { NativeSelect, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type Area } from '../../../../shared/model'
import { type ApiClientError } from '../../api/api-client-error'
import { fieldErrorFrom } from './field-errors'

const streetFields = ['name', 'place', 'areaId'] as const
type StreetField = (typeof streetFields)[number]

/** A street as the form holds it; `areaId` is '' for "no area". */
export interface StreetValues {
  name: string
  place: string
  areaId: string
}

/** The state of a street form: see {@link useStreetForm}. */
export interface StreetForm {
  values: StreetValues
  errors: Partial<Record<StreetField, string>>
  set: (field: StreetField, value: string) => void
  /** Puts a host error that names a field beside that field; true when it did (for `onError`). */
  onApiError: (error: ApiClientError) => boolean
  /** False (with the message beside the name) when the name is empty. */
  validate: () => boolean
  /** New values, and no errors. */
  reset: (values: StreetValues) => void
}

/** The values and field errors of the add and edit street dialogs. */
export function useStreetForm(initial: StreetValues): StreetForm {
  const { t } = useTranslation()
  const [values, setValues] = useState(initial)
  const [errors, setErrors] = useState<StreetForm['errors']>({})
  return {
    values,
    errors,
    set: (field, value) => setValues((previous) => ({ ...previous, [field]: value })),
    onApiError: (error) => {
      const found = fieldErrorFrom(error, streetFields)
      if (found) setErrors({ [found.field]: found.message })
      return found !== undefined
    },
    validate: () => {
      if (values.name.trim() !== '') return true
      setErrors({ name: t('streets.addStreet.nameRequired') })
      return false
    },
    reset: (next) => {
      setValues(next)
      setErrors({})
    },
  }
}

/** Name, place and area of a street; `hints` adds the placeholder and the place's explanation. */
export function StreetFields({
  form,
  areas,
  hints = false,
}: {
  form: StreetForm
  areas: readonly Area[]
  hints?: boolean
}) {
  const { t } = useTranslation()
  return (
    <>
      <TextInput
        label={t('streets.addStreet.name')}
        placeholder={hints ? t('streets.addStreet.namePlaceholder') : undefined}
        value={form.values.name}
        onChange={(event) => form.set('name', event.currentTarget.value)}
        error={form.errors.name}
        required
        data-autofocus
      />
      <TextInput
        label={t('streets.addStreet.place')}
        description={hints ? t('streets.addStreet.placeHint') : undefined}
        value={form.values.place}
        onChange={(event) => form.set('place', event.currentTarget.value)}
        error={form.errors.place}
      />
      <NativeSelect
        label={t('streets.addStreet.area')}
        value={form.values.areaId}
        onChange={(event) => form.set('areaId', event.currentTarget.value)}
        error={form.errors.areaId}
        data={[
          { value: '', label: t('streets.addStreet.noArea') },
          ...areas.map((area) => ({ value: area.id, label: area.name })),
        ]}
      />
    </>
  )
}
