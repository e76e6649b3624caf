import { Button, Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { type CsvImportResult } from '../../../../../shared/api/methods/streets'
import { SectionCard } from '../../../components/SectionCard'
import { useFormatters } from '../../../components/use-formatters'
import { streetsPath } from '../streets-paths'
import classes from './AddressImport.module.css'

/** Step 3: what the import did. */
export function ImportResultCard({ result, onAnother }: { result: CsvImportResult; onAnother: () => void }) {
  const { t } = useTranslation()
  const format = useFormatters()
  const figures = [
    { id: 'imported', label: t('streets.import.result.imported'), value: result.imported },
    { id: 'matched', label: t('streets.import.result.matched'), value: result.matched },
    { id: 'streets', label: t('streets.import.result.streets'), value: result.streetsCreated },
    { id: 'rejected', label: t('streets.import.result.rejected'), value: result.rejected },
  ]
  return (
    <SectionCard title={t('streets.import.result.title')} testId="import-result">
      <dl className={classes.result}>
        {figures.map((figure) => (
          <div key={figure.id} className={classes.count}>
            <dt>{figure.label}</dt>
            <dd data-testid={`import-result-${figure.id}`}>{format.number(figure.value)}</dd>
          </div>
        ))}
      </dl>
      {result.rejected > 0 && <Text size="sm">{t('streets.import.result.rejectedHint')}</Text>}
      <Group gap="sm">
        <Button component={Link} to={streetsPath}>
          {t('streets.import.result.toStreets')}
        </Button>
        <Button variant="default" onClick={onAnother}>
          {t('streets.import.result.another')}
        </Button>
      </Group>
    </SectionCard>
  )
}
