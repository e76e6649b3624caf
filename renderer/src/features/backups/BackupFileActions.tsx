import { Alert, Button, FileButton, Group, Modal, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconFileDownload, IconFileUpload } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type BackupFileContents } from '../../../../shared/api/contract'
import { useApiMutation } from '../../api/use-api-mutation'
import { downloadBase64File, readFileAsBase64 } from '../../components/files'
import { notifySuccess } from '../../components/notifications'
import { useFormatters } from '../../components/use-formatters'
import { SaveBackupFileDialog } from './SaveBackupFileDialog'
import { clearSaveBackupFileRequest, useSaveBackupFileRequested } from './save-backup-file-request'
import { UnlockBackupFileDialog } from './UnlockBackupFileDialog'

interface ChosenFile {
  fileName: string
  base64: string
}

interface PendingFile extends ChosenFile {
  passphrase?: string
  contents: BackupFileContents
}

/**
 * Backups as files (.kcbackup): save the whole store as one file encrypted with a passphrase the
 * coach chooses, and restore one (asking for its passphrase) after showing what is in it. An old,
 * unencrypted file still restores, with a warning. The current data is kept as a backup before it
 * is replaced. With `restoreOnly` (the first-run screen) only the restore button shows.
 */
export function BackupFileActions({ restoreOnly = false }: { restoreOnly?: boolean }) {
  const { t } = useTranslation()
  const format = useFormatters()
  const [saveClicked, setSaveClicked] = useState(false)
  const menuRequested = useSaveBackupFileRequested()
  const saving = saveClicked || (menuRequested && !restoreOnly)
  const setSaving = (open: boolean) => {
    setSaveClicked(open)
    if (!open) clearSaveBackupFileRequest()
  }
  const [locked, setLocked] = useState<ChosenFile | undefined>()
  const [unlockError, setUnlockError] = useState<string | undefined>()
  const [pending, setPending] = useState<PendingFile | undefined>()
  const exportFile = useApiMutation('backup.exportFile', {
    invalidate: false,
    onError: (error) => error.field === 'passphrase',
  })
  const inspect = useApiMutation('backup.inspectFile', {
    invalidate: false,
    onError: (error) => {
      if (error.field !== 'passphrase') return false
      setUnlockError(error.message.replace(/^[^:]+:\s*/, ''))
      return true
    },
  })
  const importFile = useApiMutation('backup.importFile')

  const save = async (passphrase: string) => {
    const outcome = await exportFile.mutate({ passphrase })
    if (!outcome.ok) return
    setSaving(false)
    const saved = await downloadBase64File(
      outcome.value.fileName,
      outcome.value.base64,
      'application/octet-stream',
    )
    if (saved.saved) notifySuccess(t('backupFile.saved', { name: outcome.value.fileName }))
  }

  const check = async (file: ChosenFile, passphrase?: string) => {
    const outcome = await inspect.mutate(passphrase === undefined ? file : { ...file, passphrase })
    if (!outcome.ok) return
    if (outcome.value.locked) {
      setLocked(file)
      return
    }
    const { locked: _locked, ...contents } = outcome.value
    setLocked(undefined)
    setUnlockError(undefined)
    setPending({ ...file, ...(passphrase === undefined ? {} : { passphrase }), contents })
  }

  const choose = async (file: File | null) => {
    if (!file) return
    await check({ fileName: file.name, base64: await readFileAsBase64(file) })
  }

  const restore = async () => {
    if (!pending) return
    const { contents: _contents, ...input } = pending
    const outcome = await importFile.mutate(input)
    if (!outcome.ok) return
    setPending(undefined)
    notifySuccess(t('backupFile.restored'))
  }

  const counts = pending?.contents.counts
  return (
    <>
      <Group gap="sm" mt={restoreOnly ? 0 : 'md'}>
        {restoreOnly ? null : (
          <Button
            variant="default"
            leftSection={<IconFileDownload size={16} aria-hidden />}
            onClick={() => setSaving(true)}
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
              loading={inspect.isPending && locked === undefined}
              {...(restoreOnly ? { size: 'md', fullWidth: true } : {})}
            >
              {restoreOnly ? t('backupFile.firstRunAction') : t('backupFile.open')}
            </Button>
          )}
        </FileButton>
      </Group>
      <SaveBackupFileDialog
        opened={saving}
        busy={exportFile.isPending}
        error={exportFile.error}
        onSave={(passphrase) => void save(passphrase)}
        onCancel={() => {
          exportFile.reset()
          setSaving(false)
        }}
      />
      <UnlockBackupFileDialog
        fileName={locked?.fileName}
        busy={inspect.isPending}
        error={unlockError}
        onUnlock={(passphrase) => {
          if (locked) void check(locked, passphrase)
        }}
        onCancel={() => {
          setLocked(undefined)
          setUnlockError(undefined)
        }}
      />
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
            {pending.contents.encrypted ? null : (
              <Alert color="yellow" icon={<IconAlertTriangle size={18} aria-hidden />}>
                {t('backupFile.notEncrypted')}
              </Alert>
            )}
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
