import { Button, Text } from '@mantine/core'
import { IconFileSpreadsheet } from '@tabler/icons-react'
import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { SectionCard } from '../../../components/SectionCard'
import { useCsvDrop } from '../use-csv-drop'
import classes from './AddressImport.module.css'

interface FileChooserProps {
  onFile: (file: File) => void
  busy: boolean
}

/** Step 1: choose the CSV file (button or drag and drop), with what the file may look like. */
export function FileChooser({ onFile, busy }: FileChooserProps) {
  const { t } = useTranslation()
  const input = useRef<HTMLInputElement>(null)
  const drop = useCsvDrop(onFile)
  return (
    <SectionCard title={t('streets.import.chooseTitle')} description={t('streets.import.chooseIntro')}>
      <div
        {...drop.handlers}
        className={`${classes.dropZone} ${drop.isOver ? classes.dropZoneActive : ''}`}
        data-testid="import-drop-zone"
      >
        <IconFileSpreadsheet size={40} stroke={1.4} color="var(--mantine-color-krachtstroom-6)" aria-hidden />
        <Text fw={600}>{t('streets.import.dropHere')}</Text>
        <Button onClick={() => input.current?.click()} loading={busy}>
          {t('streets.import.chooseFile')}
        </Button>
        <input
          ref={input}
          type="file"
          accept=".csv,.txt,text/csv"
          hidden
          data-testid="import-file-input"
          aria-label={t('streets.import.chooseFile')}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0]
            event.currentTarget.value = ''
            if (file) onFile(file)
          }}
        />
      </div>
      <div>
        <Text size="sm" fw={600} mb={4}>
          {t('streets.import.helpTitle')}
        </Text>
        <ul className={classes.helpList}>
          <li>{t('streets.import.helpColumns')}</li>
          <li>{t('streets.import.helpNumber')}</li>
          <li>{t('streets.import.helpExcel')}</li>
          <li>{t('streets.import.helpSafe')}</li>
        </ul>
      </div>
    </SectionCard>
  )
}
