import { Button, Checkbox, PasswordInput, Select, Stack, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type SyncSettingsView } from '../../../../shared/api/methods/sync'
import { useApiMutation } from '../../api/use-api-mutation'
import { useActiveProgramme } from '../../app/active-programme-context'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { notifySuccess } from '../../components/notifications'

const FROM_SERVER = 'van-de-server'

/**
 * Server, database, user and password, and which programme to share. Sharing resident identifiers
 * needs the name of the processing agreement and an explicit confirmation that names it.
 */
export function SyncSetupForm({ current }: { current: SyncSettingsView }) {
  const { t } = useTranslation()
  const { programmes, active } = useActiveProgramme()
  const join = useApiMutation('sync.join')
  const [serverUrl, setServerUrl] = useState(current.serverUrl)
  const [database, setDatabase] = useState(current.database)
  const [username, setUsername] = useState(current.username)
  const [password, setPassword] = useState('')
  const [programme, setProgramme] = useState(current.programmeId || active.id)
  const [shareIdentifiers, setShareIdentifiers] = useState(current.shareIdentifiers)
  const [agreement, setAgreement] = useState(current.agreement)
  const [confirming, setConfirming] = useState(false)

  const send = async () => {
    setConfirming(false)
    const outcome = await join.mutate({
      serverUrl,
      database,
      username,
      password,
      ...(programme === FROM_SERVER ? {} : { programmeId: programme }),
      shareIdentifiers,
      agreement,
    })
    if (outcome.ok) {
      setPassword('')
      notifySuccess(t('sync.joined'))
    }
  }

  return (
    <Stack gap="sm" maw={560}>
      <TextInput
        label={t('sync.serverUrl')}
        description={t('sync.serverUrlHint')}
        value={serverUrl}
        onChange={(event) => setServerUrl(event.currentTarget.value)}
        required
        data-testid="sync-server"
      />
      <TextInput
        label={t('sync.database')}
        description={t('sync.databaseHint')}
        value={database}
        onChange={(event) => setDatabase(event.currentTarget.value)}
        required
        data-testid="sync-database"
      />
      <TextInput
        label={t('sync.username')}
        value={username}
        onChange={(event) => setUsername(event.currentTarget.value)}
        autoComplete="username"
        required
        data-testid="sync-username"
      />
      <PasswordInput
        label={t('sync.password')}
        description={current.passwordKeptOnLaptop ? t('sync.passwordDesktop') : t('sync.passwordBrowser')}
        value={password}
        onChange={(event) => setPassword(event.currentTarget.value)}
        autoComplete="current-password"
        required
        data-testid="sync-password"
      />
      <Select
        label={t('sync.programme')}
        value={programme}
        onChange={(value) => setProgramme(value ?? active.id)}
        allowDeselect={false}
        data={[
          ...programmes.map((p) => ({ value: p.id, label: p.name })),
          { value: FROM_SERVER, label: t('sync.programmeFromServer') },
        ]}
        data-testid="sync-programme"
      />
      <Checkbox
        label={t('sync.shareIdentifiers')}
        description={t('sync.shareIdentifiersHint')}
        checked={shareIdentifiers}
        onChange={(event) => setShareIdentifiers(event.currentTarget.checked)}
        data-testid="sync-share-identifiers"
      />
      {shareIdentifiers && (
        <TextInput
          label={t('sync.agreement')}
          value={agreement}
          onChange={(event) => setAgreement(event.currentTarget.value)}
          required
          data-testid="sync-agreement"
        />
      )}
      <div>
        <Button
          onClick={() => (shareIdentifiers && agreement.trim() ? setConfirming(true) : void send())}
          loading={join.isPending}
          data-testid="sync-join"
        >
          {current.joined ? t('sync.save') : t('sync.join')}
        </Button>
      </div>
      <ConfirmDialog
        opened={confirming}
        title={t('sync.confirmTitle')}
        message={t('sync.confirmText', { agreement: agreement.trim() })}
        confirmLabel={t('sync.confirmYes')}
        danger
        busy={join.isPending}
        onConfirm={() => void send()}
        onCancel={() => setConfirming(false)}
      />
    </Stack>
  )
}
