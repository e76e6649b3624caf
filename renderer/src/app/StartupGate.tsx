import { Stack, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useApiQuery } from '../api/use-api-query'
import { ErrorState } from '../components/ErrorState'
import { FullPageMessage } from '../components/FullPageMessage'
import { LoadingState } from '../components/LoadingState'
import { RecoveryPage } from '../features/recovery/RecoveryPage'
import { ProgrammeGate } from './ProgrammeGate'

/**
 * The first decision on start: is the store usable? A damaged store leads to the recovery screen;
 * otherwise the app goes on to the programmes.
 */
export function StartupGate() {
  const { t } = useTranslation()
  const status = useApiQuery('app.status')

  if (status.data === undefined) {
    return (
      <FullPageMessage>
        {status.error ? (
          <Stack gap="md">
            <Title order={1}>{t('app.startupFailed')}</Title>
            <ErrorState error={status.error} onRetry={status.refresh} />
          </Stack>
        ) : (
          <LoadingState />
        )}
      </FullPageMessage>
    )
  }
  if (status.data.store === 'recovery') return <RecoveryPage status={status.data} />
  return <ProgrammeGate status={status.data} />
}
