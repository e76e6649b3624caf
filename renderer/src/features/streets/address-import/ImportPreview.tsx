import { Alert, Button, Group, Radio, Stack, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
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
  mode: ImportMode
  onModeChange: (mode: ImportMode) => void
  onImport: () => void
  onCancel: () => void
  importing: boolean
  /** Why the import was refused (e.g. "alleen als alles klopt" with bad rows): nothing was changed. */
  refusal: string | undefined
}

/** Step 2: what the file holds, every problem by line number, the choice, and "Importeren". */
export function ImportPreview(props: ImportPreviewProps) {
  const { fileName, preview, mode } = props
  const { t } = useTranslation()
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
          <Radio.Group
            label={t('streets.import.modeLabel')}
            value={mode}
            onChange={(value) => props.onModeChange(value as ImportMode)}
          >
            <Stack gap="xs" mt="xs">
              <Radio
                value="all-or-nothing"
                label={t('streets.import.modeAll')}
                description={t('streets.import.modeAllHint')}
              />
              <Radio
                value="valid-rows"
                label={t('streets.import.modeValid')}
                description={t('streets.import.modeValidHint', {
                  count: preview.valid,
                  number: format.number(preview.valid),
                })}
              />
            </Stack>
          </Radio.Group>
        ) : (
          <Text size="sm">
            {t('streets.import.allGood', { count: preview.valid, number: format.number(preview.valid) })}
          </Text>
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
          <Button onClick={props.onImport} loading={props.importing} disabled={preview.valid === 0}>
            {t('streets.import.submit')}
          </Button>
        </Group>
      </Stack>
    </SectionCard>
  )
}
