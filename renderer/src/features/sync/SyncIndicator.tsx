import { Badge } from '@mantine/core'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { type SyncState } from '../../../../shared/api/methods/sync'
import { invalidateApiQueries } from '../../api/invalidation'
import { useApiQuery } from '../../api/use-api-query'
import { syncStateLabel } from '../../../../shared/i18n/sync-state-label'

/** How often the header asks where sharing stands. */
const POLL_MS = 4000

const colours: Record<SyncState, string> = {
  off: 'gray',
  starting: 'gray',
  synchronised: 'green',
  receiving: 'blue',
  waiting: 'blue',
  offline: 'yellow',
  conflict: 'red',
  needsPassword: 'orange',
  loginRefused: 'red',
  error: 'red',
}

/**
 * The header's sharing indicator (gesynchroniseerd / N wijzigingen wachten / offline / conflict); a link
 * to Instellingen → Samenwerken. Hidden while this laptop does not share. When new data arrived, every
 * screen reloads.
 */
export function SyncIndicator() {
  const { t } = useTranslation()
  const status = useApiQuery('sync.status')
  const { refresh } = status
  // What the first answer said: a later sync run (even the very first after joining) reloads the screens.
  const lastSynced = useRef<string | undefined>(undefined)
  const looked = useRef(false)
  // Only a laptop that shares asks again and again; joining or leaving reloads every query anyway, so
  // a coach who works alone causes no requests at all.
  const sharing = status.data !== undefined && status.data.state !== 'off'
  useEffect(() => {
    if (!sharing) return undefined
    const timer = setInterval(refresh, POLL_MS)
    return () => clearInterval(timer)
  }, [refresh, sharing])
  const loaded = status.data !== undefined
  const synced = status.data?.lastSyncedAt
  useEffect(() => {
    if (!loaded) return
    if (looked.current && synced && synced !== lastSynced.current) invalidateApiQueries()
    looked.current = true
    lastSynced.current = synced
  }, [loaded, synced])
  const data = status.data
  if (!data || data.state === 'off') return null
  const label = syncStateLabel(t, data)
  return (
    <Badge
      component={Link}
      to="/instellingen#samenwerken"
      color={colours[data.state]}
      variant="light"
      size="lg"
      style={{ cursor: 'pointer', textTransform: 'none' }}
      data-testid="sync-indicator"
      aria-live="polite"
    >
      {label}
    </Badge>
  )
}
