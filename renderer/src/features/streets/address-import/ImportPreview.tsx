import { Alert, Button, Group, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type CsvPreview } from '../../../../../shared/api/methods/streets'
import { SectionCard } from '../../../components/SectionCard'
import { useFormatters } from '../../../components/use-formatters'
import classes from './AddressImport.module.css'
import { PreviewTable } from './PreviewTable'
import { ShowMoreButton, useShowMore } from '../../../components/ShowMore'

/** Error lines shown at first; a file with thousands of bad lines offers the rest on request. */
const ERRORS_PER_PAGE = 100

/** How the coach wants a file with bad rows handled. */
export type ImportMode = 'all-or-nothing' | 'valid-rows'

interface ImportPreviewProps {
  fileName: string
  preview: CsvPreview
  /** Imports the file: every row ("all-or-nothing", a file without errors) or only the good rows. */
  onImport: (mode: ImportMode) => void
  onCancel: () => void
  importing: boolean
  /** Why the import was refused (e.g. "alleen als alles klopt" with bad rows): nothing was changed. */
  refusal: string | undefined
}

/**
 * Step 2: what the file holds and every problem by line number. Without errors: "Importeren". With
 * bad rows the first choice imports the good rows and skips the bad ones ("57 goede rijen importeren
 * (3 overslaan)"); the second, all or nothing, imports nothing and asks for a corrected file. So no
 * first click fails.
 */
export function ImportPreview(props: ImportPreviewProps) {
  const { fileName, preview } = props
  const { t } = useTranslation()
  const [nothingImported, setNothingImported] = useState(false)
  const format = useFormatters()
  // The counts cover the whole file; the table shows only its first rows.
  const errors = preview.errors.length
  const errorList = useShowMore(preview.errors, ERRORS_PER_PAGE)
  const counts = [
    { id: 'rows', label: t('streets.import.counts.rows'), value: preview.totalRows },
    { id: 'new', label: t('streets.import.counts.new'), value: preview.newCount },
    { id: 'existing', label: t('streets.import.counts.existing'), value: preview.existingCount },
    { id: 'errors', label: t('streets.import.counts.errors'), value: errors },
  ]
  // A file that could not be read at all (no text, no street column): only what is wrong with it.
  const unreadable = preview.totalRows === 0 && errors > 0
  const skipped = Math.max(0, preview.totalRows - preview.valid)
  const withBadRows = !unreadable && errors > 0
  return (
    <SectionCard
      title={t('streets.import.previewTitle', { file: fileName })}
      description={
        unreadable
          ? t('streets.import.unreadableIntro')
          : t('streets.import.previewIntro', {
              encoding: preview.encoding === 'utf-8' ? 'UTF-8' : 'Windows-1252',
              delimiter:
                preview.delimiter === ';' ? t('streets.import.semicolon') : t('streets.import.comma'),
            })
      }
      testId="import-preview"
    >
      {!unreadable && (
        <dl className={classes.counts}>
          {counts.map((count) => (
            <div
              key={count.id}
              className={`${classes.count} ${count.id === 'errors' && errors > 0 ? classes.countError : ''}`}
            >
              <dt>{count.label}</dt>
              <dd data-testid={`import-count-${count.id}`}>{format.number(count.value)}</dd>
            </div>
          ))}
        </dl>
      )}
      {errors > 0 && (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title={
            unreadable
              ? t('streets.import.unreadableTitle')
              : t('streets.import.errorsTitle', { count: errors })
          }
          data-testid="import-errors"
        >
          <ul className={classes.errorList}>
            {errorList.shown.map((error) => (
              <li key={`${error.line}-${error.message}`} data-line={error.line}>
                {error.line === 0 || /^regel \d+/i.test(error.message)
                  ? error.message
                  : t('streets.import.errorLine', { line: error.line, message: error.message })}
              </li>
            ))}
          </ul>
          <ShowMoreButton state={errorList} testId="import-errors-more" />
        </Alert>
      )}
      {!unreadable && <PreviewTable rows={preview.rows} totalRows={preview.totalRows} />}
      <Stack gap="md">
        {unreadable ? null : errors > 0 ? (
          <Text size="sm">
            {t('flow.import.badRows', { count: skipped, number: format.number(skipped) })}
          </Text>
        ) : (
          <Text size="sm">
            {t('streets.import.allGood', { count: preview.valid, number: format.number(preview.valid) })}
          </Text>
        )}
        {nothingImported && (
          <Alert
            variant="light"
            color="blue"
            icon={<IconInfoCircle aria-hidden />}
            data-testid="import-nothing"
          >
            {t('flow.import.allOrNothingChosen')}
          </Alert>
        )}
        {props.refusal !== undefined && (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertTriangle aria-hidden />}
            role="alert"
            data-testid="import-refused"
          >
            {props.refusal}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={props.onCancel}>
            {t('streets.import.otherFile')}
          </Button>
          {withBadRows && (
            <Button variant="default" onClick={() => setNothingImported(true)} disabled={props.importing}>
              {t('flow.import.allOrNothing')}
            </Button>
          )}
          {withBadRows && preview.valid > 0 ? (
            <Button onClick={() => props.onImport('valid-rows')} loading={props.importing}>
              {t('flow.import.importGood', {
                count: preview.valid,
                number: format.number(preview.valid),
                skipped: format.number(skipped),
              })}
            </Button>
          ) : (
            <Button
              onClick={() => props.onImport('all-or-nothing')}
              loading={props.importing}
              disabled={preview.valid === 0}
            >
              {t('streets.import.submit')}
            </Button>
          )}
        </Group>
      </Stack>
    </SectionCard>
  )
}
