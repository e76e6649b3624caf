import { Group, Loader, Modal, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'

/** Shown while the demo programme is being created; it cannot be dismissed halfway. */
export function DemoLoadingDialog({ opened }: { opened: boolean }) {
  const { t } = useTranslation()
  return (
    <Modal
      opened={opened}
      onClose={() => undefined}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
      centered
      title={t('firstRun.demoLoading')}
      radius="md"
    >
      <Group gap="md" wrap="nowrap" role="status" aria-live="polite" data-testid="demo-loading">
        <Loader size="md" />
        <Text size="sm" c="dimmed">
          {t('firstRun.demoLoadingHint')}
        </Text>
      </Group>
    </Modal>
  )
}
