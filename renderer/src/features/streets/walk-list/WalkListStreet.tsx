import { Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useApiQuery } from '../../../api/use-api-query'
import { ErrorState } from '../../../components/ErrorState'
import { LoadingState } from '../../../components/LoadingState'
import { doorOutcomes } from '../door-outcomes'
import classes from './WalkList.module.css'
import { placeLine } from '../../../../../shared/domain/place-line'

/**
 * One street's walk list: its addresses in walking order without "niet meer benaderen", a check box
 * per outcome and room for a note, ready to take along on paper.
 */
export function WalkListStreet({ streetId, sessionTitle }: { streetId: string; sessionTitle?: string }) {
  const { t } = useTranslation()
  const street = useApiQuery('street.get', { streetId })
  const addresses = useApiQuery('address.list', { streetId, order: 'looproute', includeDoNotContact: false })
  const error = street.error ?? addresses.error
  if (error) return <ErrorState error={error} onRetry={street.error ? street.refresh : addresses.refresh} />
  if (!street.data || !addresses.data) return <LoadingState />
  const { street: info, coverage } = street.data
  const headingId = `walk-list-${streetId}`
  return (
    <section className={classes.street} aria-labelledby={headingId} data-testid="walk-list-street">
      <div className={classes.sheetHeader}>
        <div>
          <h2 className={classes.sheetTitle} id={headingId}>
            {t('streets.walkList.streetTitle', { street: info.name })}
          </h2>
          <p className={classes.sheetMeta}>
            {placeLine([
              info.place,
              sessionTitle,
              t('streets.walkList.count', { count: addresses.data.length }),
            ])}
          </p>
        </div>
        <div className={classes.fillIn} aria-hidden>
          <div>
            {t('streets.walkList.date')}
            <span />
          </div>
          <div>
            {t('streets.walkList.who')}
            <span />
          </div>
        </div>
      </div>
      {addresses.data.length === 0 ? (
        <Text>{t('streets.walkList.noAddresses')}</Text>
      ) : (
        <table className={classes.table} data-testid="walk-list-table">
          <thead>
            <tr>
              <th scope="col">{t('streets.walkList.address')}</th>
              {doorOutcomes.map(({ outcome }) => (
                <th scope="col" key={outcome} className={classes.box}>
                  {t(`vocabulary.contactOutcome.${outcome}`)}
                </th>
              ))}
              <th scope="col" className={classes.notes}>
                {t('streets.walkList.notes')}
              </th>
            </tr>
          </thead>
          <tbody>
            {addresses.data.map((item) => (
              <tr key={item.address.id} data-testid="walk-list-row">
                <th scope="row" className={classes.address}>
                  {item.label}
                  {item.address.postcode !== '' && (
                    <span className={classes.postcode}>{item.address.postcode}</span>
                  )}
                </th>
                {doorOutcomes.map(({ outcome }) => (
                  <td key={outcome} className={classes.box}>
                    <span aria-hidden />
                  </td>
                ))}
                <td />
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className={classes.legend}>
        {coverage.doNotContact > 0
          ? t('streets.walkList.skipped', { count: coverage.doNotContact })
          : t('streets.walkList.order')}
      </p>
    </section>
  )
}
