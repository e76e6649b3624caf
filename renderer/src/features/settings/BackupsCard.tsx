import { Button, Text } from '@mantine/core'
import { IconDatabase } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useApiMutation } from '../../api/use-api-mutation'
import { useApiQuery } from '../../api/use-api-query'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { ErrorState } from '../../components/ErrorState'
import { LoadingState } from '../../components/LoadingState'
import { SectionCard } from '../../components/SectionCard'
import { notifySuccess } from '../../components/notifications'
import { useFormatters } from '../../components/use-formatters'
import { BackupFileActions } from '../backups/BackupFileActions'
import { BackupTable } from '../backups/BackupTable'
import { useRestoreBackup } from '../backups/use-restore-backup'

/** The backups: make one now, or restore one after a confirmation. */
export function BackupsCard() {
  const { t } = useTranslation()
  const format = useFormatters()
  const backups = useApiQuery('backup.list')
  const create = useApiMutation('backup.create')
  const restore = useRestoreBackup()

  const makeBackup = async () => {
    const outcome = await create.mutate()
    if (outcome.ok) notifySuccess(t('backups.made'))
  }

  const confirmRestore = async () => {
    const restored = await restore.confirm()
    if (restored) notifySuccess(t('backups.restored', { date: format.dateTime(restored.createdAt) }))
  }

  return (
    <SectionCard
      title={t('backups.heading')}
      description={t('backups.intro')}
      testId="settings-backups"
      aside={
        <Button
          mt="md"
          leftSection={<IconDatabase size={16} aria-hidden />}
          onClick={() => void makeBackup()}
          loading={create.isPending}
        >
          {t('backups.make')}
        </Button>
      }
    >
      {backups.data ? (
        backups.data.length === 0 ? (
          <Text c="dimmed">{t('backups.none')}</Text>
        ) : (
          <BackupTable
            backups={backups.data}
            restoreLabel={t('backups.restore')}
            onRestore={restore.ask}
            disabled={restore.isRestoring}
          />
        )
      ) : backups.error ? (
        <ErrorState error={backups.error} onRetry={backups.refresh} />
      ) : (
        <LoadingState minHeight={80} />
      )}
      <BackupFileActions />
      <ConfirmDialog
        opened={restore.pending !== undefined}
        title={t('backups.confirmTitle')}
        message={t('backups.confirmText', {
          date: restore.pending ? format.dateTime(restore.pending.createdAt) : '',
        })}
        confirmLabel={t('backups.confirm')}
        busy={restore.isRestoring}
        danger
        onConfirm={() => void confirmRestore()}
        onCancel={restore.cancel}
      />
    </SectionCard>
  )
}
