import { Center, Group, Loader, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'

/** A calm "loading" line, announced politely to screen readers. */
export function LoadingState({ label, minHeight = 160 }: { label?: string; minHeight?: number }) {
  const { t } = useTranslation()
  return (
    <Center mih={minHeight} role="status" aria-live="polite">
      <Group gap="sm">
        <Loader size="sm" />
        <Text c="dimmed">{label ?? t('app.loading')}</Text>
      </Group>
    </Center>
  )
}
