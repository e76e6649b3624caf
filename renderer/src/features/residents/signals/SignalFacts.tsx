import { Table } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { type SignalDetail } from '../../../../../shared/api/methods/residents'
import { useFormatters } from '../../../components/use-formatters'
import classes from '../Residents.module.css'
import { SignalStatusBadge } from './SignalStatusBadge'

/** What is known about a signal: kind, day, where, consent, route, handover and the follow-up so far. */
export function SignalFacts({ item }: { item: SignalDetail }) {
  const { t } = useTranslation()
  const format = useFormatters()
  const { signal } = item
  const rows: Array<[string, React.ReactNode]> = [
    [t('residents.signals.detail.category'), t(`vocabulary.signalCategory.${signal.category}`)],
    [t('residents.signals.detail.date'), format.date(signal.date)],
    [
      t('residents.signals.detail.where'),
      item.addressLabel === undefined ? item.streetName : `${item.streetName} ${item.addressLabel}`,
    ],
    [
      t('residents.signals.detail.consent'),
      signal.consentHow && signal.consentOn
        ? t('residents.signals.detail.consentGiven', {
            consent: t(`vocabulary.signalConsent.${signal.consent}`),
            how: t(`vocabulary.consentChannel.${signal.consentHow}`).toLowerCase(),
            date: format.date(signal.consentOn),
          })
        : t(`vocabulary.signalConsent.${signal.consent}`),
    ],
  ]
  if (signal.route)
    rows.push([t('residents.signals.detail.route'), t(`vocabulary.signalRoute.${signal.route}`)])
  if (signal.handover)
    rows.push([
      t('residents.signals.detail.handover'),
      [
        t('residents.signals.detail.handedOver', {
          partner: item.partnerName ?? '',
          date: format.date(signal.handover.date),
        }),
        item.contactPerson === '' ? '' : t('residents.signals.detail.contact', { name: item.contactPerson }),
        item.waitingDays !== undefined ? t('residents.signals.waitingDays', { count: item.waitingDays }) : '',
        item.daysToPickUp !== undefined
          ? t('residents.signals.pickedUpAfter', { count: item.daysToPickUp })
          : '',
      ]
        .filter((part) => part !== '')
        .join(' · '),
    ])
  rows.push([
    t('residents.signals.detail.status'),
    <>
      <SignalStatusBadge status={signal.status} countOnly={item.countOnly} />{' '}
      <span className={classes.muted}>
        {signal.history
          .map((entry) => `${t(`vocabulary.signalStatus.${entry.status}`)} ${format.date(entry.on)}`)
          .join(' → ')}
      </span>
    </>,
  ])
  return (
    <Table className={classes.table} withRowBorders={false} verticalSpacing={4} data-testid="signal-facts">
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w={200} fw={600}>
              {label}
            </Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
