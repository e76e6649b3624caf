import { Button, FileButton, Group, Modal, Stack, Text } from '@mantine/core'
import { IconFileDownload, IconFileUpload } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type BackupFileContents } from '../../../../shared/api/contract'
import { useApiMutation } from '../../api/use-api-mutation'
import { downloadBase64File, readFileAsBase64 } from '../../components/files'
import { notifySuccess } from '../../components/notifications'
import { useFormatters } from '../../components/use-formatters'

interface PendingFile {
  fileName: string
  base64: string
  contents: BackupFileContents
}

/**
 * Backups as files (.kcbackup): save the whole store as one file to keep elsewhere, and restore one
 * after showing what is in it. The current data is kept as a backup before it is replaced. With
 * `restoreOnly` (the first-run screen) only the restore button shows.
 */
export function BackupFileActions({ restoreOnly = false }: { restoreOnly?: boolean }) {
  const { t } = useTranslation()
  const format = useFormatters()
  const exportFile = useApiMutation('backup.exportFile', { invalidate: false })
  const inspect = useApiMutation('backup.inspectFile', { invalidate: false })
  const importFile = useApiMutation('backup.importFile')
  const [pending, setPending] = useState<PendingFile | undefined>()

  const save = async () => {
    const outcome = await exportFile.mutate()
    if (!outcome.ok) return
    const saved = await downloadBase64File(
      outcome.value.fileName,
      outcome.value.base64,
      'application/octet-stream',
    )
    if (saved.saved) notifySuccess(t('backupFile.saved', { name: outcome.value.fileName }))
  }

  const choose = async (file: File | null) => {
    if (!file) return
    const base64 = await readFileAsBase64(file)
    const outcome = await inspect.mutate({ fileName: file.name, base64 })
    if (outcome.ok) setPending({ fileName: file.name, base64, contents: outcome.value })
  }

  const restore = async () => {
    if (!pending) return
    const outcome = await importFile.mutate({ fileName: pending.fileName, base64: pending.base64 })
    if (!outcome.ok) return
    setPending(undefined)
    notifySuccess(t('backupFile.restored'))
  }

  const counts = pending?.contents.counts
  return (
    <>
      <Group gap="sm" mt="md">
        {restoreOnly ? null : (
          <Button
            variant="default"
            leftSection={<IconFileDownload size={16} aria-hidden />}
            onClick={() => void save()}
            loading={exportFile.isPending}
          >
            {t('backupFile.save')}
          </Button>
        )}
        <FileButton
          onChange={(file) => void choose(file)}
          accept=".kcbackup,application/octet-stream,application/json"
        >
          {(props) => (
            <Button
              {...props}
              variant="default"
              leftSection={<IconFileUpload size={16} aria-hidden />}
              loading={inspect.isPending}
            >
              {t('backupFile.open')}
            </Button>
          )}
        </FileButton>
      </Group>
      <Modal
        opened={pending !== undefined}
        onClose={() => setPending(undefined)}
        title={t('backupFile.confirmTitle')}
        centered
        radius="md"
      >
        {pending && counts ? (
          <Stack gap="sm">
            <Text>
              {t('backupFile.madeOn', {
                date: format.dateTime(pending.contents.createdAt),
                version: pending.contents.appVersion,
              })}
            </Text>
            <Text>
              {t('backupFile.programmes', {
                names: pending.contents.programmes.map((p) => `${p.name} (${p.gemeente})`).join(', ') || '—',
              })}
            </Text>
            <Text>
              {t('backupFile.counts', {
                streets: counts.streets,
                addresses: counts.addresses,
                ideas: counts.ideas,
                sessions: counts.sessions,
              })}
            </Text>
            <Text fw={600}>{t('backupFile.replaces')}</Text>
            <Group justify="flex-end" mt="sm">
              <Button variant="default" onClick={() => setPending(undefined)} data-autofocus>
                {t('common.cancel')}
              </Button>
              <Button color="red" onClick={() => void restore()} loading={importFile.isPending}>
                {t('backupFile.confirm')}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
    </>
  )
}
