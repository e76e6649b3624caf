import { Stack, Title } from '@mantine/core'
import { Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { useApiQuery } from '../api/use-api-query'
import { ErrorState } from '../components/ErrorState'
import { FullPageMessage } from '../components/FullPageMessage'
import { LoadingState } from '../components/LoadingState'
import { QuietLoading } from '../components/QuietLoading'
import { RecoveryPage } from './lazy-screens'
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
  if (status.data.store === 'recovery') {
    return (
      <Suspense fallback={<QuietLoading />}>
        <RecoveryPage.Component status={status.data} />
      </Suspense>
    )
  }
  return <ProgrammeGate status={status.data} />
}
