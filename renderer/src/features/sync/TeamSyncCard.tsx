import { Button, List, Stack, Text, Title } from '@mantine/core'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'react-router'
import { useApiMutation } from '../../api/use-api-mutation'
import { useApiQuery } from '../../api/use-api-query'
import { useActiveProgramme } from '../../app/active-programme-context'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { LoadingState } from '../../components/LoadingState'
import { SectionCard } from '../../components/SectionCard'
import { notifySuccess } from '../../components/notifications'
import { useFormatters } from '../../components/use-formatters'
import { SyncConflictCard } from './SyncConflictCard'
import { SyncPasswordPrompt } from './SyncPasswordPrompt'
import { SyncSetupForm } from './SyncSetupForm'
import { syncStateLabel } from '../../../../shared/i18n/sync-state-label'

/** How often the card asks where sharing stands once it has settled, like the header's indicator. */
const SYNC_POLL_MS = 4000
/** While connecting or receiving the card asks more often, so it never lags behind the header for long. */
const SYNC_POLL_BUSY_MS = 1000
const settledStates: ReadonlySet<string> = new Set(['synchronised', 'off', 'needsPassword', 'loginRefused'])

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
  const [leaving, setLeaving] = useState(false)
  // Once shared, the settings stay folded away: the coach sees how sharing goes, and opens them to change.
  const [editing, setEditing] = useState(false)
  const { programmes, active, select } = useActiveProgramme()
  // After joining, the app opens the shared programme as soon as it is on this laptop (one taken from
  // the server arrives with the first sync run), so the coach never goes on in another copy.
  const openShared = useRef(false)
  const sharedId = settings.data?.joined ? settings.data.programmeId : ''
  const sharedHere = programmes.some((programme) => programme.id === sharedId)
  useEffect(() => {
    if (!openShared.current || sharedId === '') return
    if (active.id === sharedId) openShared.current = false
    else if (sharedHere) {
      openShared.current = false
      void select(sharedId)
    }
  }, [sharedId, sharedHere, active.id, select])

  const current = settings.data
  const programmeName = programmes.find((p) => p.id === current?.programmeId)?.name ?? ''
  // The header's indicator links here: bring the card into view once it has its content.
  const cameForSync = useLocation().hash === '#samenwerken'
  const card = useRef<HTMLDivElement>(null)
  const loaded = current !== undefined
  useEffect(() => {
    if (cameForSync && loaded) card.current?.scrollIntoView({ block: 'start' })
  }, [cameForSync, loaded])
  // While shared, the state, the runs and the conflicts follow replication as the header does.
  const joined = current?.joined ?? false
  const { refresh: refreshStatus } = status
  const { refresh: refreshLog } = log
  const { refresh: refreshConflicts } = conflicts
  const { refresh: refreshSettings } = settings
  const pollMs = settledStates.has(status.data?.state ?? 'off') ? SYNC_POLL_MS : SYNC_POLL_BUSY_MS
  useEffect(() => {
    if (!joined) return undefined
    const timer = setInterval(() => {
      // The team's choice about identifiers can change on another laptop.
      refreshSettings()
      refreshStatus()
      refreshLog()
      refreshConflicts()
    }, pollMs)
    return () => clearInterval(timer)
  }, [joined, pollMs, refreshSettings, refreshStatus, refreshLog, refreshConflicts])
  return (
    // The margin keeps the heading below the fixed header when the indicator's link scrolls here.
    <div id="samenwerken" ref={card} style={{ scrollMarginTop: 80 }}>
      <SectionCard title={t('sync.heading')} description={t('sync.intro')} testId="settings-sync">
        {current === undefined ? (
          <LoadingState minHeight={40} />
        ) : (
          <Stack gap="lg">
            {status.data && current.joined && (
              <Text fw={600} data-testid="sync-state">
                {syncStateLabel(t, status.data)}
                {status.data.message ? ` — ${status.data.message}` : ''}
              </Text>
            )}
            {current.joined && (
              <Text size="sm" style={{ overflowWrap: 'anywhere' }} data-testid="sync-summary">
                {t('sync.summary', {
                  programme: programmeName,
                  server: current.serverUrl,
                  database: current.database,
                  username: current.username,
                })}
              </Text>
            )}
            {current.joined && current.identifiersBy !== '' && (
              <Text size="sm" style={{ overflowWrap: 'anywhere' }} data-testid="sync-team-choice">
                {t(current.shareIdentifiers ? 'sync.teamChoiceOn' : 'sync.teamChoiceOff', {
                  agreement: current.agreement,
                  username: current.identifiersBy,
                  date: current.identifiersAt ? format.date(current.identifiersAt) : '',
                })}{' '}
                {t('sync.teamChoiceHint')}
              </Text>
            )}
            {(status.data?.state === 'needsPassword' || status.data?.state === 'loginRefused') &&
              current.joined && (
                <SyncPasswordPrompt
                  username={current.username}
                  refused={status.data.state === 'loginRefused'}
                  focus={cameForSync}
                />
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
            {current.joined && (
              <div>
                <Button
                  variant="default"
                  onClick={() => setEditing((open) => !open)}
                  aria-expanded={editing}
                  aria-controls="sync-setup"
                  data-testid="sync-edit"
                >
                  {editing ? t('sync.editClose') : t('sync.edit')}
                </Button>
              </div>
            )}
            {/* A new team choice starts the form again from it, so saving never sends an old choice back. */}
            {(!current.joined || editing) && (
              <div id="sync-setup">
                <SyncSetupForm
                  key={`${String(current.joined)}-${String(current.shareIdentifiers)}-${current.identifiersAt}`}
                  current={current}
                  onSaved={() => {
                    setEditing(false)
                    openShared.current = true
                  }}
                />
              </div>
            )}
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
              setEditing(false)
              if (outcome.ok) notifySuccess(t('sync.left'))
            })
          }
          onCancel={() => setLeaving(false)}
        />
      </SectionCard>
    </div>
  )
}
