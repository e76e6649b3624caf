import { Button, Text } from '@mantine/core'
import { IconFileImport, IconPlus } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { SectionCard } from '../../components/SectionCard'
import classes from './Streets.module.css'
import { addressImportPath } from './streets-paths'

/** What a new coach sees before there are streets: the two ways to start. */
export function StreetsEmptyState({ onAddStreet }: { onAddStreet: () => void }) {
  const { t } = useTranslation()
  return (
    <SectionCard
      title={t('streets.empty.title')}
      description={t('streets.empty.intro')}
      testId="streets-empty"
    >
      <div className={classes.emptyChoices}>
        <div className={classes.choice}>
          <Text fw={600}>{t('streets.empty.byHandTitle')}</Text>
          <p>{t('streets.empty.byHandText')}</p>
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={onAddStreet}>
            {t('streets.overview.addStreet')}
          </Button>
        </div>
        <div className={classes.choice}>
          <Text fw={600}>{t('streets.empty.importTitle')}</Text>
          <p>{t('streets.empty.importText')}</p>
          <Button
            component={Link}
            to={addressImportPath}
            variant="default"
            leftSection={<IconFileImport size={18} aria-hidden />}
          >
            {t('streets.overview.import')}
          </Button>
        </div>
      </div>
    </SectionCard>
  )
}
