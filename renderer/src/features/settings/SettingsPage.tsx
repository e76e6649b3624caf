import { Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../components/PageHeader'
import { BackupsCard } from './BackupsCard'
import { DataFolderCard } from './DataFolderCard'
import { LanguageCard } from './LanguageCard'
import { PrivacyLinkCard } from './PrivacyLinkCard'
import { ProgrammeSettingsCard } from './ProgrammeSettingsCard'
import { ReportStyleCard } from './ReportStyleCard'
import { ThemesCard } from './ThemesCard'
import { TeamSyncCard } from '../sync/TeamSyncCard'

/**
 * Instellingen: the active programme and its themes, language, report details, backups, working as a
 * team, the way to the privacy duties and the data folder.
 */
export function SettingsPage() {
  const { t } = useTranslation()
  return (
    <>
      <PageHeader title={t('settings.title')} />
      <Stack gap="xl" maw={880}>
        <ProgrammeSettingsCard />
        <ThemesCard />
        <LanguageCard />
        <ReportStyleCard />
        <BackupsCard />
        <TeamSyncCard />
        <PrivacyLinkCard />
        <DataFolderCard />
      </Stack>
    </>
  )
}
