import { Stack, Title } from '@mantine/core'
import { Suspense, useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { type AppStatus } from '../../../shared/api/contract'
import { useApiQuery } from '../api/use-api-query'
import { ErrorState } from '../components/ErrorState'
import { FullPageMessage } from '../components/FullPageMessage'
import { LoadingState } from '../components/LoadingState'
import { QuietLoading } from '../components/QuietLoading'
import { ActiveProgrammeProvider } from './ActiveProgrammeProvider'
import { AppLayout } from './AppLayout'
import { AppRoutes } from './AppRoutes'
import { applyLanguage } from './i18n'
import { FirstRunPage } from './lazy-screens'

/**
 * Loads the programmes and settings. Without programmes the coach gets the welcome screen; otherwise
 * the app shell opens on the active programme. The interface language follows the settings.
 */
export function ProgrammeGate({ status }: { status: AppStatus }) {
  const { t } = useTranslation()
  const programmes = useApiQuery('programme.list')
  const settings = useApiQuery('settings.get')
  const language = settings.data?.language

  useEffect(() => {
    if (language) applyLanguage(language)
  }, [language])

  if (programmes.data === undefined || settings.data === undefined) {
    const error = programmes.error ?? settings.error
    return (
      <FullPageMessage>
        {error ? (
          <Stack gap="md">
            <Title order={1}>{t('app.startupFailed')}</Title>
            <ErrorState
              error={error}
              onRetry={() => {
                programmes.refresh()
                settings.refresh()
              }}
            />
          </Stack>
        ) : (
          <LoadingState />
        )}
      </FullPageMessage>
    )
  }

  if (programmes.data.length === 0) {
    return (
      <Suspense fallback={<QuietLoading />}>
        <FirstRunPage.Component />
      </Suspense>
    )
  }

  return (
    <ActiveProgrammeProvider programmes={programmes.data} settings={settings.data}>
      <AppLayout status={status}>
        <AppRoutes />
      </AppLayout>
    </ActiveProgrammeProvider>
  )
}
