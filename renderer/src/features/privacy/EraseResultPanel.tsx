import { Alert, Code, List, Stack, Table, Text } from '@mantine/core'
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { type ErasureResult } from '../../../../shared/api/contract'
import { useApiQuery } from '../../api/use-api-query'
import { useFormatters } from '../../components/use-formatters'

/** What an erasure removed, and (prominently) the backups that still hold the data, with advice. */
export function EraseResultPanel({ result }: { result: ErasureResult }) {
  const { t } = useTranslation()
  const format = useFormatters()
  const status = useApiQuery('app.status')
  const counts: Array<[string, number]> = [
    [t('privacy.erase.countAddresses'), result.addressesCleared],
    [t('privacy.erase.countContactNotes'), result.contactNotesCleared],
    [t('privacy.erase.countInitiators'), result.initiatorsCleared],
    [t('privacy.erase.countRedacted'), result.notesRedacted],
    [t('privacy.erase.countHistory'), result.reportHistoryEntriesRemoved],
    [t('residents.erase.residents'), result.residentsCleared],
    [t('residents.erase.connections'), result.connectionsCleared],
    [t('residents.erase.signals'), result.signalsCleared],
  ]
  const total = counts.reduce((sum, [, value]) => sum + value, 0)
  const backups = result.backupsStillHolding
  return (
    <Stack gap="md" data-testid="erase-result" aria-live="polite">
      <Alert
        color="teal"
        styles={{ title: { color: 'var(--mantine-color-black)' } }}
        icon={<IconCircleCheck size={20} aria-hidden />}
        title={t('privacy.erase.doneTitle')}
      >
        {total === 0 ? (
          <Text size="sm">{t('privacy.erase.nothingFound')}</Text>
        ) : (
          <Table withRowBorders={false} verticalSpacing={2} maw={420}>
            <Table.Tbody>
              {counts.map(([label, value]) => (
                <Table.Tr key={label}>
                  <Table.Td>{label}</Table.Td>
                  <Table.Td ta="right" className="app-tabular">
                    {format.number(value)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Alert>
      {backups.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('privacy.erase.backupsNone')}
        </Text>
      ) : (
        <Alert
          color="orange"
          variant="light"
          styles={{ title: { color: 'var(--mantine-color-black)' } }}
          icon={<IconAlertTriangle size={20} aria-hidden />}
          title={t('privacy.erase.backupsTitle')}
          data-testid="backups-still-holding"
        >
          <Stack gap="sm">
            <List size="sm" spacing={2}>
              {backups.map((backup) => (
                <List.Item key={backup.id} data-testid="backup-still-holding">
                  {format.dateTime(backup.createdAt)} — {t(`backups.kinds.${backup.kind}`)}
                </List.Item>
              ))}
            </List>
            <Text size="sm">{t('privacy.erase.backupsAdvice')}</Text>
            {status.data && (
              <div>
                <Text size="sm" fw={600}>
                  {t('privacy.erase.dataFolder')}
                </Text>
                <Code block data-testid="erase-data-dir">
                  {status.data.dataDir}
                </Code>
              </div>
            )}
          </Stack>
        </Alert>
      )}
    </Stack>
  )
}
