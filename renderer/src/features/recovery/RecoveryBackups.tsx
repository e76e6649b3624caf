import { Paper, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useApiQuery } from '../../api/use-api-query'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { ErrorState } from '../../components/ErrorState'
import { LoadingState } from '../../components/LoadingState'
import { notifySuccess } from '../../components/notifications'
import { useFormatters } from '../../components/use-formatters'
import { BackupTable } from '../backups/BackupTable'
import { useRestoreBackup } from '../backups/use-restore-backup'

/**
 * The backups a coach can go back to from the recovery screen; `recommendedId` (the last one with
 * data from before the problem) is pointed out.
 */
export function RecoveryBackups({ recommendedId }: { recommendedId?: string | undefined }) {
  const { t } = useTranslation()
  const format = useFormatters()
  const backups = useApiQuery('backup.list')
  const restore = useRestoreBackup()

  const confirmRestore = async () => {
    const restored = await restore.confirm()
    if (restored) notifySuccess(t('recovery.restored'))
  }

  return (
    <Paper withBorder p="xl" component="section" aria-labelledby="recovery-backups">
      <Stack gap="md">
        <div>
          <Title order={2} id="recovery-backups">
            {t('recovery.backupsHeading')}
          </Title>
          <Text c="dimmed" size="sm" mt={4}>
            {recommendedId ? t('recovery.recommendedHint') : t('recovery.backupsIntro')}
          </Text>
        </div>
        {backups.data ? (
          backups.data.length === 0 ? (
            <Text c="dimmed">{t('recovery.noBackups')}</Text>
          ) : (
            <BackupTable
              backups={backups.data}
              restoreLabel={t('recovery.restoreThis')}
              onRestore={restore.ask}
              disabled={restore.isRestoring}
              recommendedId={recommendedId}
              recommendedLabel={t('recovery.recommended')}
            />
          )
        ) : backups.error ? (
          <ErrorState error={backups.error} onRetry={backups.refresh} />
        ) : (
          <LoadingState minHeight={80} />
        )}
      </Stack>
      <ConfirmDialog
        opened={restore.pending !== undefined}
        title={t('backups.confirmTitle')}
        message={t('backups.confirmText', {
          date: restore.pending ? format.dateTime(restore.pending.createdAt) : '',
        })}
        confirmLabel={t('backups.confirm')}
        busy={restore.isRestoring}
        onConfirm={() => void confirmRestore()}
        onCancel={restore.cancel}
      />
    </Paper>
  )
}
