import { Checkbox, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { type RetentionItem } from '../../../../shared/api/contract'
import { useFormatters } from '../../components/use-formatters'

interface RetentionTableProps {
  items: RetentionItem[]
  selected: ReadonlySet<string>
  onToggle: (addressId: string) => void
  onToggleAll: () => void
}

/** Flagged addresses with what is stored about them, each with a check box. */
export function RetentionTable({ items, selected, onToggle, onToggleAll }: RetentionTableProps) {
  const { t } = useTranslation()
  const format = useFormatters()
  const all = items.length > 0 && items.every((item) => selected.has(item.addressId))
  const some = items.some((item) => selected.has(item.addressId))
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table
        verticalSpacing="xs"
        highlightOnHover
        aria-label={t('privacy.retention.caption')}
        data-testid="retention-table"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={48}>
              <Checkbox
                aria-label={t('privacy.retention.selectAll')}
                checked={all}
                indeterminate={some && !all}
                onChange={onToggleAll}
              />
            </Table.Th>
            <Table.Th scope="col">{t('privacy.retention.street')}</Table.Th>
            <Table.Th scope="col">{t('privacy.retention.number')}</Table.Th>
            <Table.Th scope="col">{t('privacy.retention.lastContact')}</Table.Th>
            <Table.Th scope="col">{t('privacy.retention.present')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => {
            const stored = [
              item.hasName ? t('privacy.picker.name') : '',
              item.hasPhone ? t('privacy.picker.phone') : '',
              item.notes > 0 ? t('privacy.retention.notes', { count: item.notes }) : '',
            ].filter((part) => part !== '')
            return (
              <Table.Tr key={item.addressId} data-testid="retention-row">
                <Table.Td>
                  <Checkbox
                    aria-label={t('privacy.retention.select', {
                      address: `${item.streetName} ${item.label}`,
                    })}
                    checked={selected.has(item.addressId)}
                    onChange={() => onToggle(item.addressId)}
                  />
                </Table.Td>
                <Table.Td>{item.streetName}</Table.Td>
                <Table.Td className="app-tabular">{item.label}</Table.Td>
                <Table.Td>
                  {item.lastContact ? (
                    format.date(item.lastContact)
                  ) : (
                    <Text span size="sm" c="dimmed">
                      {t('privacy.retention.noContact')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{stored.join(', ')}</Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
