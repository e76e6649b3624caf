import { Button, Group, SegmentedControl } from '@mantine/core'
import { IconListNumbers } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type AddressListItem } from '../../../../../shared/api/methods/streets'
import { useApiQuery } from '../../../api/use-api-query'
import { ErrorState } from '../../../components/ErrorState'
import { LoadingState } from '../../../components/LoadingState'
import { SectionCard } from '../../../components/SectionCard'
import { AddAddressForm } from './AddAddressForm'
import { AddRangeDialog } from './AddRangeDialog'
import { AddressContactsDialog } from './AddressContactsDialog'
import { AddressTable } from './AddressTable'
import { EditAddressDialog } from './EditAddressDialog'
import classes from './StreetDetail.module.css'

type Order = 'natuurlijk' | 'looproute'

/** The street's addresses: add one or a range, switch the order, and open an address's doors. */
export function AddressesCard({ streetId, streetName }: { streetId: string; streetName: string }) {
  const { t } = useTranslation()
  const [order, setOrder] = useState<Order>('natuurlijk')
  const [rangeOpen, setRangeOpen] = useState(false)
  const [editing, setEditing] = useState<AddressListItem | undefined>(undefined)
  const [contactsOf, setContactsOf] = useState<AddressListItem | undefined>(undefined)
  const addresses = useApiQuery('address.list', { streetId, order, includeDoNotContact: true })

  return (
    <SectionCard
      title={t('streets.detail.addressesTitle')}
      description={t('streets.detail.addressesIntro')}
      testId="addresses-card"
    >
      <div className={classes.addressTools}>
        <AddAddressForm streetId={streetId} />
        <Group gap="sm">
          <Button
            variant="default"
            leftSection={<IconListNumbers size={18} aria-hidden />}
            onClick={() => setRangeOpen(true)}
          >
            {t('streets.range.open')}
          </Button>
        </Group>
      </div>
      <SegmentedControl
        value={order}
        onChange={(value) => setOrder(value as Order)}
        aria-label={t('streets.detail.orderLabel')}
        data={[
          { value: 'natuurlijk', label: t('streets.detail.orderNatural') },
          { value: 'looproute', label: t('streets.detail.orderWalking') },
        ]}
      />
      {addresses.data ? (
        <AddressTable
          addresses={addresses.data}
          streetName={streetName}
          onOpen={setContactsOf}
          onEdit={setEditing}
        />
      ) : addresses.error ? (
        <ErrorState error={addresses.error} onRetry={addresses.refresh} />
      ) : (
        <LoadingState />
      )}
      <AddRangeDialog streetId={streetId} opened={rangeOpen} onClose={() => setRangeOpen(false)} />
      {editing && (
        <EditAddressDialog item={editing} streetName={streetName} onClose={() => setEditing(undefined)} />
      )}
      {contactsOf && (
        <AddressContactsDialog
          item={contactsOf}
          streetName={streetName}
          onClose={() => setContactsOf(undefined)}
        />
      )}
    </SectionCard>
  )
}
