import { Table, Text } from '@mantine/core'
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import { type StreetListItem } from '../../../../shared/api/methods/streets'
import { useFormatters } from '../../components/use-formatters'
import { CoverageBar } from './CoverageBar'
import classes from './Streets.module.css'
import { streetPath } from './streets-paths'
import { placeLine } from '../../../../shared/domain/place-line'

/**
 * The streets with their coverage. The street name is a link (for the keyboard); a click anywhere on
 * the row opens the street as well.
 */
export const StreetsTable = memo(function StreetsTable({ streets }: { streets: StreetListItem[] }) {
  const { t } = useTranslation()
  const format = useFormatters()
  const navigate = useNavigate()
  if (streets.length === 0) {
    return <Text c="dimmed">{t('streets.overview.noMatch')}</Text>
  }
  return (
    <div className={classes.tableCard}>
      <Table className={classes.table} verticalSpacing="sm" data-testid="streets-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('streets.columns.street')}</Table.Th>
            <Table.Th scope="col">{t('streets.columns.area')}</Table.Th>
            <Table.Th scope="col" className={classes.num}>
              {t('streets.columns.addresses')}
            </Table.Th>
            <Table.Th scope="col">{t('streets.columns.coverage')}</Table.Th>
            <Table.Th scope="col" className={classes.num}>
              {t('streets.columns.attempted')}
            </Table.Th>
            <Table.Th scope="col" className={classes.num}>
              {t('streets.columns.notHomeOnly')}
            </Table.Th>
            <Table.Th scope="col" className={classes.num}>
              {t('streets.columns.doNotContact')}
            </Table.Th>
            <Table.Th scope="col" className={classes.num}>
              {t('streets.columns.ideas')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {streets.map(({ street, areaName, coverage }) => (
            <Table.Tr
              key={street.id}
              className={classes.row}
              data-testid="street-row"
              onClick={(event) => {
                if ((event.target as HTMLElement).closest('a')) return
                void navigate(streetPath(street.id))
              }}
            >
              <Table.Td>
                <Link className={classes.streetLink} to={streetPath(street.id)}>
                  {street.name}
                </Link>
                {placeLine([street.place], [areaName]) !== '' && (
                  <Text size="sm" c="dimmed">
                    {street.place}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {areaName ?? (
                  <Text c="dimmed" span>
                    —
                  </Text>
                )}
              </Table.Td>
              <Table.Td className={classes.num}>{format.number(coverage.addresses)}</Table.Td>
              <Table.Td className={classes.coverageCell}>
                <CoverageBar coverage={coverage} streetName={street.name} />
              </Table.Td>
              <Table.Td className={classes.num}>{format.number(coverage.attempted)}</Table.Td>
              <Table.Td className={classes.num}>{format.number(coverage.notHomeOnly)}</Table.Td>
              <Table.Td className={classes.num}>{format.number(coverage.doNotContact)}</Table.Td>
              <Table.Td className={classes.num}>{format.number(coverage.ideas)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  )
})
