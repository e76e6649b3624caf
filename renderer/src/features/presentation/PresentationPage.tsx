import { Stack, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useActiveProgramme } from '../../app/active-programme-context'
import { ErrorState } from '../../components/ErrorState'
import { FullPageMessage } from '../../components/FullPageMessage'
import { LoadingState } from '../../components/LoadingState'
import { PresentationFlow } from './PresentationFlow'
import { usePresentationData } from './use-presentation-data'

/** The presentation route (outside the app shell): loads the programme, then setup and slides. */
export function PresentationPage() {
  const { t } = useTranslation()
  const { active } = useActiveProgramme()
  const { data, error, retry } = usePresentationData(active)
  if (data) return <PresentationFlow data={data} />
  return (
    <FullPageMessage>
      {error ? (
        <Stack gap="md">
          <Title order={1}>{t('presentation.setupTitle')}</Title>
          <ErrorState error={error} onRetry={retry} />
        </Stack>
      ) : (
        <LoadingState />
      )}
    </FullPageMessage>
  )
}
