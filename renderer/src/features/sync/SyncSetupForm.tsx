import { Button, Checkbox, PasswordInput, Select, Stack, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type SyncSettingsView } from '../../../../shared/api/methods/sync'
import { useApiMutation } from '../../api/use-api-mutation'
import { useActiveProgramme } from '../../app/active-programme-context'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { notifySuccess } from '../../components/notifications'

const FROM_SERVER = 'van-de-server'

/** The fields whose errors are shown beside them instead of in a notification. */
const FIELDS = ['serverUrl', 'database', 'username', 'password', 'programmeId', 'agreement'] as const
type Field = (typeof FIELDS)[number]

function isField(field: string | undefined): field is Field {
  return (FIELDS as readonly string[]).includes(field ?? '')
}

/**
 * Server, database, user and password, and which programme to share. Sharing resident identifiers
 * needs the name of the processing agreement and an explicit confirmation that names it.
 */
export function SyncSetupForm({
  current,
  onSaved,
}: {
  current: SyncSettingsView
  /** Called once the settings are saved and sharing (re)started. */
  onSaved?: () => void
}) {
  const { t } = useTranslation()
  const { programmes, active } = useActiveProgramme()
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({})
  const join = useApiMutation('sync.join', {
    onError: (error) => {
      if (!isField(error.field)) return false
      setErrors({ [error.field]: error.message })
      return true
    },
  })
  /** Each change clears the error of its field (and of the login, which names both). */
  const changed =
    (field: Field, set: (value: string) => void) =>
    (value: string): void => {
      set(value)
      setErrors((now) =>
        field === 'username'
          ? { ...now, username: undefined, password: undefined }
          : { ...now, [field]: undefined },
      )
    }
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
      onSaved?.()
    }
  }

  /**
   * The password and the agreement are checked here first, so both are named at once (the host names one
   * problem at a time); sharing identifiers then asks for the confirmation that names the agreement.
   */
  const submit = () => {
    const missing: Partial<Record<Field, string>> = {}
    if (password === '')
      missing.password = current.joined ? t('sync.passwordMissingJoined') : t('sync.passwordMissing')
    if (shareIdentifiers && agreement.trim() === '') missing.agreement = t('sync.agreementMissing')
    if (Object.keys(missing).length > 0) {
      setErrors(missing)
      return
    }
    if (shareIdentifiers) setConfirming(true)
    else void send()
  }

  return (
    <Stack gap="sm" maw={560}>
      <TextInput
        label={t('sync.serverUrl')}
        description={t('sync.serverUrlHint')}
        value={serverUrl}
        onChange={(event) => changed('serverUrl', setServerUrl)(event.currentTarget.value)}
        error={errors.serverUrl}
        type="url"
        spellCheck={false}
        required
        data-testid="sync-server"
      />
      <TextInput
        label={t('sync.database')}
        description={t('sync.databaseHint')}
        value={database}
        onChange={(event) => changed('database', setDatabase)(event.currentTarget.value)}
        error={errors.database}
        spellCheck={false}
        required
        data-testid="sync-database"
      />
      <TextInput
        label={t('sync.username')}
        value={username}
        onChange={(event) => changed('username', setUsername)(event.currentTarget.value)}
        error={errors.username}
        spellCheck={false}
        autoComplete="username"
        required
        data-testid="sync-username"
      />
      <PasswordInput
        label={t('sync.password')}
        description={current.passwordKeptOnLaptop ? t('sync.passwordDesktop') : t('sync.passwordBrowser')}
        value={password}
        onChange={(event) => changed('password', setPassword)(event.currentTarget.value)}
        error={errors.password}
        // Mantine's PasswordInput shows the error but does not mark the input itself.
        aria-invalid={errors.password ? true : undefined}
        autoComplete="current-password"
        required
        data-testid="sync-password"
      />
      <Select
        label={t('sync.programme')}
        value={programme}
        onChange={(value) => changed('programmeId', setProgramme)(value ?? active.id)}
        error={errors.programmeId}
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
          onChange={(event) => changed('agreement', setAgreement)(event.currentTarget.value)}
          error={errors.agreement}
          required
          data-testid="sync-agreement"
        />
      )}
      <div>
        <Button onClick={submit} loading={join.isPending} data-testid="sync-join">
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
