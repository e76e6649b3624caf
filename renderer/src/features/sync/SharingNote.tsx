import { useTranslation } from 'react-i18next'
import { useApiQuery } from '../../api/use-api-query'
import { useActiveProgramme } from '../../app/active-programme-context'
import { LocalOnlyNote } from '../../components/LocalOnlyNote'

/**
 * The sidebar's word on where the data is: on this computer only, or also with the team (and then
 * whether residents' names and phone numbers stay here) for the programme open now, so the reassurance
 * never says more than is true.
 */
export function SharingNote() {
  const { t } = useTranslation()
  const settings = useApiQuery('sync.settings').data
  const { active } = useActiveProgramme()
  // Only one programme is shared; every other one stays on this computer.
  if (!settings?.joined || settings.programmeId !== active.id) return <LocalOnlyNote />
  return <LocalOnlyNote text={settings.shareIdentifiers ? t('sync.noteSharedAll') : t('sync.noteShared')} />
}
