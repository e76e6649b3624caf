import { Button, Group, List, PasswordInput, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useApiMutation } from '../../api/use-api-mutation'
import { useApiQuery } from '../../api/use-api-query'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { LoadingState } from '../../components/LoadingState'
import { SectionCard } from '../../components/SectionCard'
import { notifySuccess } from '../../components/notifications'
import { useFormatters } from '../../components/use-formatters'
import { SyncConflictCard } from './SyncConflictCard'
import { SyncSetupForm } from './SyncSetupForm'

/**
 * Instellingen → Samenwerken: the team settings, the password when the browser asks for it, the
 * conflicts to settle, what the server sent that was refused, the last runs, and leaving the team.
 */
export function TeamSyncCard() {
  const { t } = useTranslation()
  const format = useFormatters()
  const settings = useApiQuery('sync.settings')
  const status = useApiQuery('sync.status')
  const conflicts = useApiQuery('sync.conflicts')
  const log = useApiQuery('sync.log')
  const leave = useApiMutation('sync.leave')
  const sendPassword = useApiMutation('sync.password')
  const [password, setPassword] = useState('')
  const [leaving, setLeaving] = useState(false)

  const current = settings.data
  return (
    <div id="samenwerken">
      <SectionCard title={t('sync.heading')} description={t('sync.intro')} testId="settings-sync">
        {current === undefined ? (
          <LoadingState minHeight={40} />
        ) : (
          <Stack gap="lg">
            {status.data && current.joined && (
              <Text fw={600} data-testid="sync-state">
                {status.data.state === 'waiting'
                  ? t('sync.status.waiting', { count: status.data.pending })
                  : t(`sync.status.${status.data.state}`)}
                {status.data.message ? ` — ${status.data.message}` : ''}
              </Text>
            )}
            {status.data?.state === 'needsPassword' && (
              <Group align="flex-end">
                <PasswordInput
                  label={t('sync.passwordAgain')}
                  value={password}
                  onChange={(event) => setPassword(event.currentTarget.value)}
                  autoComplete="current-password"
                  data-testid="sync-password-again"
                />
                <Button
                  loading={sendPassword.isPending}
                  onClick={() => void sendPassword.mutate({ password }).then(() => setPassword(''))}
                >
                  {t('sync.passwordSend')}
                </Button>
              </Group>
            )}
            {(conflicts.data?.length ?? 0) > 0 && (
              <Stack gap="sm">
                <Title order={3}>{t('sync.conflictsHeading')}</Title>
                <Text size="sm">{t('sync.conflictsText')}</Text>
                {conflicts.data?.map((conflict) => (
                  <SyncConflictCard key={conflict.docId} conflict={conflict} />
                ))}
              </Stack>
            )}
            <SyncSetupForm key={String(current.joined)} current={current} />
            {current.joined && (
              <>
                {(log.data?.setAside.length ?? 0) > 0 && (
                  <Stack gap={4}>
                    <Title order={3}>{t('sync.setAsideHeading')}</Title>
                    <Text size="sm">{t('sync.setAsideText')}</Text>
                    <List size="sm">
                      {log.data?.setAside.map((doc) => (
                        <List.Item key={doc.docId}>{doc.reason}</List.Item>
                      ))}
                    </List>
                  </Stack>
                )}
                <Stack gap={4}>
                  <Title order={3}>{t('sync.logHeading')}</Title>
                  {(log.data?.runs.length ?? 0) === 0 ? (
                    <Text size="sm" c="dimmed">
                      {t('sync.logNone')}
                    </Text>
                  ) : (
                    <List size="sm" data-testid="sync-log">
                      {log.data?.runs.slice(0, 10).map((run, index) => (
                        <List.Item key={`${run.at}-${index}`}>
                          {format.dateTime(run.at)}: {run.message}
                        </List.Item>
                      ))}
                    </List>
                  )}
                </Stack>
                <div>
                  <Button
                    variant="default"
                    color="red"
                    onClick={() => setLeaving(true)}
                    data-testid="sync-leave"
                  >
                    {t('sync.leave')}
                  </Button>
                </div>
              </>
            )}
          </Stack>
        )}
        <ConfirmDialog
          opened={leaving}
          title={t('sync.leaveTitle')}
          message={t('sync.leaveText')}
          confirmLabel={t('sync.leave')}
          busy={leave.isPending}
          onConfirm={() =>
            void leave.mutate().then((outcome) => {
              setLeaving(false)
              if (outcome.ok) notifySuccess(t('sync.left'))
            })
          }
          onCancel={() => setLeaving(false)}
        />
      </SectionCard>
    </div>
  )
}
