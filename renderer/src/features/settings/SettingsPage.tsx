import { Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../components/PageHeader'
import { BackupsCard } from './BackupsCard'
import { DataFolderCard } from './DataFolderCard'
import { LanguageCard } from './LanguageCard'
import { ProgrammeSettingsCard } from './ProgrammeSettingsCard'
import { ReportStyleCard } from './ReportStyleCard'

/** Instellingen: the active programme, language, report details, backups and the data folder. */
export function SettingsPage() {
  const { t } = useTranslation()
  return (
    <>
      <PageHeader title={t('settings.title')} />
      <Stack gap="xl" maw={880}>
        <ProgrammeSettingsCard />
        <LanguageCard />
        <ReportStyleCard />
        <BackupsCard />
        <DataFolderCard />
      </Stack>
    </>
  )
}
