import { Button, TextInput } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { type FormEvent, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { parseHouseNumber } from '../../../../../shared/domain/house-number'
import { useApiMutation } from '../../../api/use-api-mutation'
import { notifySuccess } from '../../../components/notifications'
import { fieldErrorFrom } from '../field-errors'
import classes from './StreetDetail.module.css'

const fields = ['houseNumber', 'addition', 'postcode'] as const

/**
 * Adds one address: the house number as the coach types it ("12", "12a", "12-2") and an optional
 * postcode. After adding, focus returns to the number so the next one can be typed at once.
 */
export function AddAddressForm({ streetId }: { streetId: string }) {
  const { t } = useTranslation()
  const [number, setNumber] = useState('')
  const [postcode, setPostcode] = useState('')
  const [errors, setErrors] = useState<{ number?: string; postcode?: string }>({})
  const numberRef = useRef<HTMLInputElement>(null)
  const create = useApiMutation('address.create', {
    onError: (error) => {
      const found = fieldErrorFrom(error, fields)
      if (found?.field === 'postcode') setErrors({ postcode: found.message })
      else if (found) setErrors({ number: found.message })
      return found !== undefined
    },
  })

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const parsed = parseHouseNumber(number)
    if (!parsed) {
      setErrors({ number: t('streets.addAddress.invalidNumber') })
      numberRef.current?.focus()
      return
    }
    setErrors({})
    const outcome = await create.mutate({ streetId, ...parsed, postcode })
    if (!outcome.ok) return
    notifySuccess(t('streets.addAddress.added', { label: number.trim() }))
    setNumber('')
    numberRef.current?.focus()
  }

  return (
    <form
      className={classes.addForm}
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={t('streets.addAddress.label')}
    >
      <TextInput
        ref={numberRef}
        label={t('streets.addAddress.number')}
        placeholder={t('streets.addAddress.numberPlaceholder')}
        value={number}
        onChange={(event) => setNumber(event.currentTarget.value)}
        error={errors.number}
        w={150}
        autoComplete="off"
      />
      <TextInput
        label={t('streets.addAddress.postcode')}
        placeholder="8091 AB"
        value={postcode}
        onChange={(event) => setPostcode(event.currentTarget.value)}
        error={errors.postcode}
        w={130}
        autoComplete="off"
      />
      <Button
        type="submit"
        variant="light"
        loading={create.isPending}
        leftSection={<IconPlus size={18} aria-hidden />}
      >
        {t('streets.addAddress.submit')}
      </Button>
    </form>
  )
}
