import { Alert, Button, Code, Container, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { IconAlertTriangle, IconFolder } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type AppStatus } from '../../../../shared/api/contract'
import { useApiMutation } from '../../api/use-api-mutation'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { notifySuccess } from '../../components/notifications'
import { useFormatters } from '../../components/use-formatters'
import { RecoveryBackups } from './RecoveryBackups'

/**
 * Shown when the store could not be loaded: what happened in plain words, where the damaged file went,
 * the backups to restore, and "Met een lege map beginnen" behind a confirmation.
 */
export function RecoveryPage({ status }: { status: AppStatus }) {
  const { t } = useTranslation()
  const format = useFormatters()
  const startEmpty = useApiMutation('recovery.startEmpty')
  const [confirming, setConfirming] = useState(false)

  const confirmStartEmpty = async () => {
    const outcome = await startEmpty.mutate()
    setConfirming(false)
    if (outcome.ok) notifySuccess(t('recovery.startedEmpty'))
  }

  return (
    <Container size={960} py={48} px="md" component="main">
      <Stack gap="xl">
        <Group gap="md" wrap="nowrap" align="flex-start">
          <ThemeIcon size={48} radius="md" color="orange" variant="light" aria-hidden>
            <IconAlertTriangle size={28} />
          </ThemeIcon>
          <Stack gap={6}>
            <Title order={1}>{t('recovery.title')}</Title>
            <Text size="lg" c="dark.4">
              {t('recovery.lead')}
            </Text>
          </Stack>
        </Group>

        <Paper withBorder p="xl" component="section" aria-labelledby="recovery-what">
          <Stack gap="md">
            <Title order={2} id="recovery-what">
              {t('recovery.whatHappened')}
            </Title>
            {status.problem && (
              <Alert color="orange" variant="light" data-testid="recovery-problem">
                {status.problem.message}
              </Alert>
            )}
            <Text data-testid="recovery-stays">
              {status.problem?.since !== undefined &&
                `${t('recovery.since', { date: format.dateTime(status.problem.since) })} `}
              {t('recovery.staysUntilChosen')}
            </Text>
            {status.problem?.movedAsideTo !== undefined && (
              <Stack gap={6}>
                <Text>{t('recovery.movedAside')}</Text>
                <Code
                  block
                  style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}
                  data-testid="recovery-moved-to"
                >
                  {status.problem.movedAsideTo}
                </Code>
              </Stack>
            )}
            <Group gap={6} wrap="nowrap">
              <IconFolder size={16} aria-hidden color="var(--mantine-color-dimmed)" />
              <Text size="sm" c="dimmed">
                {t('recovery.dataFolder')} {status.dataDir}
              </Text>
            </Group>
          </Stack>
        </Paper>

        <RecoveryBackups recommendedId={status.problem?.lastGoodBackupId} />

        <Paper withBorder p="xl" component="section" aria-labelledby="recovery-empty">
          <Stack gap="md" align="flex-start">
            <Title order={2} id="recovery-empty">
              {t('recovery.startEmptyHeading')}
            </Title>
            <Text c="dark.4">{t('recovery.startEmptyText')}</Text>
            <Button variant="default" onClick={() => setConfirming(true)}>
              {t('recovery.startEmpty')}
            </Button>
          </Stack>
        </Paper>
      </Stack>

      <ConfirmDialog
        opened={confirming}
        title={t('recovery.confirmTitle')}
        message={t('recovery.confirmText')}
        confirmLabel={t('recovery.confirm')}
        busy={startEmpty.isPending}
        danger
        onConfirm={() => void confirmStartEmpty()}
        onCancel={() => setConfirming(false)}
      />
    </Container>
  )
}
