import { Checkbox, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type CsvPreviewRow } from '../../../../../shared/api/methods/streets'
import { useFormatters } from '../../../components/use-formatters'
import classes from './AddressImport.module.css'

/**
 * The first rows of the file with their status (all of it for a small file); "alleen fouten" narrows
 * them to the rows with a problem. `totalRows` is the number of rows in the whole file.
 */
export function PreviewTable({ rows, totalRows }: { rows: CsvPreviewRow[]; totalRows: number }) {
  const { t } = useTranslation()
  const format = useFormatters()
  const hasErrors = rows.some((row) => row.status === 'fout')
  const [onlyErrors, setOnlyErrors] = useState(false)
  const shown = onlyErrors ? rows.filter((row) => row.status === 'fout') : rows
  return (
    <div>
      {hasErrors && (
        <Checkbox
          mb="sm"
          label={t('streets.import.onlyErrors')}
          checked={onlyErrors}
          onChange={(event) => setOnlyErrors(event.currentTarget.checked)}
        />
      )}
      <div
        className={classes.tableScroll}
        tabIndex={0}
        role="region"
        aria-label={t('streets.import.tableLabel')}
      >
        <table className={classes.table} data-testid="import-preview-table">
          <thead>
            <tr>
              <th scope="col" className={classes.line}>
                {t('streets.import.columns.line')}
              </th>
              <th scope="col">{t('streets.import.columns.status')}</th>
              <th scope="col">{t('streets.import.columns.street')}</th>
              <th scope="col">{t('streets.import.columns.number')}</th>
              <th scope="col">{t('streets.import.columns.postcode')}</th>
              <th scope="col">{t('streets.import.columns.place')}</th>
              <th scope="col">{t('streets.import.columns.problem')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr
                key={row.line}
                className={row.status === 'fout' ? classes.errorRow : undefined}
                data-testid="import-row"
                data-line={row.line}
                data-status={row.status}
              >
                <td className={classes.line}>{row.line}</td>
                <td>
                  <span className={`${classes.status} ${classes[row.status]}`}>
                    {t(`streets.import.status.${row.status}`)}
                  </span>
                </td>
                <td>{row.street}</td>
                <td>{row.houseNumber}</td>
                <td>{row.postcode}</td>
                <td>{row.place}</td>
                <td className={classes.message}>{withoutLinePrefix(row.message ?? '')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown.length === 0 && <Text c="dimmed">{t('streets.import.noRows')}</Text>}
      {rows.length < totalRows && (
        <Text size="sm" c="dimmed" mt="xs" data-testid="import-rows-shown">
          {t('streets.import.firstRows', {
            shown: format.number(rows.length),
            total: format.number(totalRows),
          })}
        </Text>
      )}
    </div>
  )
}

// The host's messages start with "Rij 17: "; the table shows the row in its own column.
function withoutLinePrefix(message: string): string {
  const rest = message.replace(/^rij \d+:\s*/i, '')
  return rest.charAt(0).toUpperCase() + rest.slice(1)
}
