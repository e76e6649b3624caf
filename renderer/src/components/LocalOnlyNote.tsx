import { Group, Text } from '@mantine/core'
import { IconShieldCheck } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

/** The reassurance that residents' data stays on this computer. */
export function LocalOnlyNote({ text }: { text?: string }) {
  const { t } = useTranslation()
  return (
    <Group gap={6} wrap="nowrap" align="center">
      <IconShieldCheck
        size={16}
        aria-hidden
        color="var(--mantine-color-krachtstroom-6)"
        style={{ flexShrink: 0 }}
      />
      <Text size="sm" c="dimmed">
        {text ?? t('app.localOnly')}
      </Text>
    </Group>
  )
}
