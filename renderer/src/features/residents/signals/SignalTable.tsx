import { Button, Table, VisuallyHidden } from '@mantine/core'
import { IconNotes } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { type SignalListItem } from '../../../../../shared/api/methods/residents'
import { useFormatters } from '../../../components/use-formatters'
import classes from '../Residents.module.css'
import { SignalStatusBadge } from './SignalStatusBadge'

/** Signals in a table, never with their notes: those are read on the signal itself. */
export function SignalTable({
  items,
  onOpen,
}: {
  items: readonly SignalListItem[]
  onOpen: (id: string) => void
}) {
  const { t } = useTranslation()
  const format = useFormatters()
  return (
    <Table
      className={classes.table}
      striped
      verticalSpacing="sm"
      data-testid="signal-table"
      aria-label={t('residents.signals.caption')}
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('residents.signals.columnDate')}</Table.Th>
          <Table.Th>{t('residents.signals.columnCategory')}</Table.Th>
          <Table.Th>{t('residents.signals.columnWhere')}</Table.Th>
          <Table.Th>{t('residents.signals.columnRoute')}</Table.Th>
          <Table.Th>{t('residents.signals.columnStatus')}</Table.Th>
          <Table.Th>
            <VisuallyHidden>{t('residents.list.columnActions')}</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((item) => {
          const category = t(`vocabulary.signalCategory.${item.signal.category}`)
          return (
            <Table.Tr key={item.signal.id} data-testid="signal-row">
              <Table.Td className={classes.nowrap}>{format.date(item.signal.date)}</Table.Td>
              <Table.Td>{category}</Table.Td>
              <Table.Td className={classes.nowrap}>
                {item.addressLabel === undefined
                  ? item.streetName
                  : `${item.streetName} ${item.addressLabel}`}
              </Table.Td>
              <Table.Td>
                {item.signal.route ? (
                  t(`vocabulary.signalRoute.${item.signal.route}`)
                ) : (
                  <span className={classes.muted}>—</span>
                )}
                {item.partnerName && <div className={classes.muted}>{item.partnerName}</div>}
                {item.waitingDays !== undefined && (
                  <div className={classes.muted}>
                    {t('residents.signals.waitingDays', { count: item.waitingDays })}
                  </div>
                )}
              </Table.Td>
              <Table.Td>
                <SignalStatusBadge status={item.signal.status} countOnly={item.countOnly} />
              </Table.Td>
              <Table.Td>
                <Button
                  size="compact-sm"
                  variant="light"
                  leftSection={<IconNotes size={14} aria-hidden />}
                  onClick={() => onOpen(item.signal.id)}
                  aria-label={t('residents.signals.openFor', {
                    category,
                    date: format.date(item.signal.date),
                  })}
                >
                  {t('residents.signals.open')}
                </Button>
              </Table.Td>
            </Table.Tr>
          )
        })}
      </Table.Tbody>
    </Table>
  )
}
