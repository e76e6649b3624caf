import { Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type AddressListItem } from '../../../../../shared/api/methods/streets'
import { parseHouseNumber } from '../../../../../shared/domain/house-number'
import { useApiMutation } from '../../../api/use-api-mutation'
import { notifySuccess } from '../../../components/notifications'
import { fieldErrorFrom } from '../field-errors'

const fields = ['houseNumber', 'addition', 'postcode', 'householdNote'] as const

interface EditAddressDialogProps {
  item: AddressListItem
  streetName: string
  onClose: () => void
}

/** Changes an address's number, postcode or household note. */
export function EditAddressDialog({ item, streetName, onClose }: EditAddressDialogProps) {
  const { t } = useTranslation()
  const [number, setNumber] = useState(item.label)
  const [postcode, setPostcode] = useState(item.address.postcode)
  const [note, setNote] = useState(item.address.householdNote)
  const [errors, setErrors] = useState<{ number?: string; postcode?: string; note?: string }>({})
  const update = useApiMutation('address.update', {
    onError: (error) => {
      const found = fieldErrorFrom(error, fields)
      if (!found) return false
      if (found.field === 'postcode') setErrors({ postcode: found.message })
      else if (found.field === 'householdNote') setErrors({ note: found.message })
      else setErrors({ number: found.message })
      return true
    },
  })

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const parsed = parseHouseNumber(number)
    if (!parsed) {
      setErrors({ number: t('streets.addAddress.invalidNumber') })
      return
    }
    const outcome = await update.mutate({
      addressId: item.address.id,
      ...parsed,
      postcode,
      householdNote: note,
    })
    if (!outcome.ok) return
    notifySuccess(t('streets.editAddress.saved', { address: `${streetName} ${number.trim()}` }))
    onClose()
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('streets.editAddress.title', { address: `${streetName} ${item.label}` })}
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('streets.addAddress.number')}
            description={t('streets.editAddress.numberHint')}
            value={number}
            onChange={(event) => setNumber(event.currentTarget.value)}
            error={errors.number}
            data-autofocus
          />
          <TextInput
            label={t('streets.addAddress.postcode')}
            value={postcode}
            onChange={(event) => setPostcode(event.currentTarget.value)}
            error={errors.postcode}
          />
          <Textarea
            label={t('streets.editAddress.householdNote')}
            description={t('streets.editAddress.householdNoteHint')}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            error={errors.note}
            autosize
            minRows={2}
            maxRows={6}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t('streets.editAddress.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
