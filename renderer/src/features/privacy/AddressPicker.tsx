import { Group, NativeSelect } from '@mantine/core'
import { type TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { type AddressListItem } from '../../../../shared/api/contract'
import { type AddressChoice } from './use-address-choice'

/** "12a — naam, telefoon bewaard": what a coach needs to recognise the right door. */
function addressOption(item: AddressListItem, t: TFunction): string {
  const stored = [
    item.address.residentName ? t('privacy.picker.name') : '',
    item.address.phone ? t('privacy.picker.phone') : '',
    item.address.householdNote ? t('privacy.picker.note') : '',
  ].filter((part) => part !== '')
  return stored.length === 0
    ? item.label
    : `${item.label} — ${t('privacy.picker.stored', { what: stored.join(', ') })}`
}

/** Two plain selects: a street, then one of its addresses (with what is stored about it). */
export function AddressPicker({ choice, testId }: { choice: AddressChoice; testId: string }) {
  const { t } = useTranslation()
  const streets = choice.streets ?? []
  return (
    <Group gap="md" align="flex-start" grow data-testid={testId}>
      <NativeSelect
        label={t('privacy.picker.street')}
        value={choice.streetId}
        onChange={(event) => choice.setStreetId(event.currentTarget.value)}
        data={[
          {
            value: '',
            label:
              streets.length === 0 ? t('privacy.picker.noStreets') : t('privacy.picker.streetPlaceholder'),
          },
          ...streets.map((item) => ({ value: item.street.id, label: item.street.name })),
        ]}
      />
      <NativeSelect
        label={t('privacy.picker.address')}
        value={choice.addressId}
        disabled={choice.streetId === ''}
        onChange={(event) => choice.setAddressId(event.currentTarget.value)}
        data={[
          {
            value: '',
            label:
              choice.streetId === ''
                ? t('privacy.picker.chooseStreetFirst')
                : t('privacy.picker.addressPlaceholder'),
          },
          ...(choice.addresses ?? []).map((item) => ({
            value: item.address.id,
            label: addressOption(item, t),
          })),
        ]}
      />
    </Group>
  )
}
