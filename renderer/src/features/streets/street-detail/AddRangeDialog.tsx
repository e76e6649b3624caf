import { Button, Group, Modal, NumberInput, Radio, Stack, Text, TextInput } from '@mantine/core'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { houseNumberRange, type RangeParity } from '../../../../../shared/domain/address-order'
import { useApiMutation } from '../../../api/use-api-mutation'
import { notifySuccess } from '../../../components/notifications'
import { fieldErrorFrom } from '../field-errors'

const fields = ['from', 'to', 'postcode'] as const
type Field = (typeof fields)[number]

interface AddRangeDialogProps {
  streetId: string
  opened: boolean
  onClose: () => void
}

/** "Reeks toevoegen": house numbers from–to, all, odd or even, with one postcode. */
export function AddRangeDialog({ streetId, opened, onClose }: AddRangeDialogProps) {
  const { t } = useTranslation()
  const [from, setFrom] = useState<number | string>(1)
  const [to, setTo] = useState<number | string>('')
  const [parity, setParity] = useState<RangeParity>('all')
  const [postcode, setPostcode] = useState('')
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({})
  const add = useApiMutation('address.addRange', {
    onError: (error) => {
      const found = fieldErrorFrom(error, fields)
      if (found) setErrors({ [found.field]: found.message })
      return found !== undefined
    },
  })
  const count =
    typeof from === 'number' && typeof to === 'number' && from > 0 && to > 0
      ? houseNumberRange(from, to, parity).length
      : 0

  const close = () => {
    setErrors({})
    onClose()
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const missing: Partial<Record<Field, string>> = {}
    if (typeof from !== 'number' || from < 1) missing.from = t('streets.range.numberRequired')
    if (typeof to !== 'number' || to < 1) missing.to = t('streets.range.numberRequired')
    setErrors(missing)
    if (typeof from !== 'number' || typeof to !== 'number' || Object.keys(missing).length > 0) return
    const outcome = await add.mutate({ streetId, from, to, parity, postcode })
    if (!outcome.ok) return
    notifySuccess(t('streets.range.added', { count: outcome.value.created, skipped: outcome.value.skipped }))
    setTo('')
    close()
  }

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('streets.range.title')}
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('streets.range.intro')}
          </Text>
          <Group grow align="flex-start">
            <NumberInput
              label={t('streets.range.from')}
              value={from}
              onChange={setFrom}
              min={1}
              max={99999}
              allowDecimal={false}
              allowNegative={false}
              error={errors.from}
              hideControls
              data-autofocus
            />
            <NumberInput
              label={t('streets.range.to')}
              value={to}
              onChange={setTo}
              min={1}
              max={99999}
              allowDecimal={false}
              allowNegative={false}
              error={errors.to}
              hideControls
            />
          </Group>
          <Radio.Group
            label={t('streets.range.parity')}
            value={parity}
            onChange={(value) => setParity(value as RangeParity)}
          >
            <Group gap="lg" mt={6}>
              <Radio value="all" label={t('streets.range.all')} />
              <Radio value="odd" label={t('streets.range.odd')} />
              <Radio value="even" label={t('streets.range.even')} />
            </Group>
          </Radio.Group>
          <TextInput
            label={t('streets.range.postcode')}
            description={t('streets.range.postcodeHint')}
            placeholder="8091 AB"
            value={postcode}
            onChange={(event) => setPostcode(event.currentTarget.value)}
            error={errors.postcode}
          />
          <Text size="sm" aria-live="polite" className="app-tabular">
            {count > 0 ? t('streets.range.preview', { count }) : '\u00a0'}
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={add.isPending}>
              {t('streets.range.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
