import { ActionIcon, Button, Table, Text, VisuallyHidden } from '@mantine/core'
import { IconPencil, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { type AddressListItem } from '../../../../../shared/api/methods/streets'
import { useFormatters } from '../../../components/use-formatters'
import { OutcomeBadge } from '../OutcomeBadge'
import classes from './StreetDetail.module.css'
import { useDeleteAddress } from './use-delete-address'

interface AddressTableProps {
  addresses: AddressListItem[]
  streetName: string
  onOpen: (item: AddressListItem) => void
  onEdit: (item: AddressListItem) => void
}

/** Addresses with their latest outcome and date, the number of contact moments and the actions. */
export function AddressTable({ addresses, streetName, onOpen, onEdit }: AddressTableProps) {
  const { t } = useTranslation()
  const format = useFormatters()
  const remove = useDeleteAddress(streetName)
  if (addresses.length === 0) {
    return <Text c="dimmed">{t('streets.detail.noAddresses')}</Text>
  }
  return (
    <div className={classes.tableWrap}>
      <Table className={classes.table} data-testid="address-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('streets.detail.columns.address')}</Table.Th>
            <Table.Th scope="col">{t('streets.detail.columns.postcode')}</Table.Th>
            <Table.Th scope="col">{t('streets.detail.columns.latest')}</Table.Th>
            <Table.Th scope="col">{t('streets.detail.columns.date')}</Table.Th>
            <Table.Th scope="col" className={classes.num}>
              {t('streets.detail.columns.contacts')}
            </Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t('streets.detail.columns.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {addresses.map((item) => {
            const name = `${streetName} ${item.label}`
            return (
              <Table.Tr
                key={item.address.id}
                data-testid="address-row"
                data-label={item.label}
                className={item.doNotContact ? classes.doNotContact : undefined}
              >
                <Table.Td className={classes.addressLabel}>{item.label}</Table.Td>
                <Table.Td className={item.address.postcode ? undefined : classes.muted}>
                  {item.address.postcode || '—'}
                </Table.Td>
                <Table.Td>
                  <OutcomeBadge outcome={item.latest?.outcome} />
                </Table.Td>
                <Table.Td className={classes.dateCell}>
                  {item.latest ? format.date(item.latest.date) : ''}
                </Table.Td>
                <Table.Td className={classes.num}>{format.number(item.contactCount)}</Table.Td>
                <Table.Td>
                  <div className={classes.actions}>
                    <Button
                      size="compact-sm"
                      variant="light"
                      onClick={() => onOpen(item)}
                      aria-label={t('streets.detail.openContactsFor', { address: name })}
                    >
                      {t('streets.detail.openContacts')}
                    </Button>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      onClick={() => onEdit(item)}
                      aria-label={t('streets.detail.editAddress', { address: name })}
                    >
                      <IconPencil size={18} aria-hidden />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      onClick={() => remove(item)}
                      aria-label={t('streets.detail.deleteAddress', { address: name })}
                    >
                      <IconTrash size={18} aria-hidden />
                    </ActionIcon>
                  </div>
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </div>
  )
}
