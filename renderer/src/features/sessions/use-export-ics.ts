import { useTranslation } from 'react-i18next'
import { useApiMutation } from '../../api/use-api-mutation'
import { notifySuccess } from '../../components/notifications'
import { downloadTextFile } from '../../components/files'

/** Exports sessions (all, or the given ones) as an .ics file the coach can import in any calendar. */
export function useExportIcs(programmeId: string): {
  exportIcs: (sessionIds?: string[]) => Promise<void>
  isPending: boolean
} {
  const { t } = useTranslation()
  const mutation = useApiMutation('session.exportIcs', { invalidate: false })
  const exportIcs = async (sessionIds?: string[]) => {
    const outcome = await mutation.mutate(sessionIds ? { programmeId, sessionIds } : { programmeId })
    if (!outcome.ok) return
    const saved = await downloadTextFile(
      outcome.value.fileName,
      outcome.value.text,
      'text/calendar;charset=utf-8',
    )
    if (saved.saved) notifySuccess(t('sessions.exported', { fileName: outcome.value.fileName }))
  }
  return { exportIcs, isPending: mutation.isPending }
}
