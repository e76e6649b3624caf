import { Badge, Button, Stack, Table, Text, VisuallyHidden } from '@mantine/core'
import { IconRestore } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { type BackupInfo } from '../../../../shared/api/contract'
import { useFormatters } from '../../components/use-formatters'

interface BackupTableProps {
  backups: BackupInfo[]
  /** The button text in each row ("Terugzetten" or "Deze back-up terugzetten"). */
  restoreLabel: string
  onRestore: (backup: BackupInfo) => void
  disabled?: boolean
  /** The backup to point out (after damage: the last one with data from before the problem). */
  recommendedId?: string | undefined
  recommendedLabel?: string
}

/** Backups with their date, kind and contents, each with a restore button. */
export function BackupTable({
  backups,
  restoreLabel,
  onRestore,
  disabled,
  recommendedId,
  recommendedLabel,
}: BackupTableProps) {
  const { t } = useTranslation()
  const format = useFormatters()
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table
        verticalSpacing="sm"
        highlightOnHover
        aria-label={t('backups.caption')}
        data-testid="backup-table"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('backups.date')}</Table.Th>
            <Table.Th scope="col">{t('backups.kind')}</Table.Th>
            <Table.Th scope="col">{t('backups.contents')}</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t('backups.action')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {backups.map((backup) => {
            const when = format.dayAndTime(backup.createdAt)
            const dateId = `backup-date-${backup.id}`
            return (
              <Table.Tr key={backup.id} data-testid="backup-row">
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <div id={dateId}>
                    <Text fw={600} size="sm">
                      {when.day}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {when.time}
                    </Text>
                  </div>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Stack gap={4} align="flex-start">
                    <Badge
                      variant="light"
                      color={backup.kind === 'manual' ? undefined : 'gray'}
                      radius="sm"
                      style={{ minWidth: 'max-content' }}
                    >
                      {t(`backups.kinds.${backup.kind}`)}
                    </Badge>
                    {backup.id === recommendedId && recommendedLabel && (
                      <Badge
                        variant="filled"
                        color="teal"
                        radius="sm"
                        style={{ minWidth: 'max-content' }}
                        data-testid="backup-recommended"
                      >
                        {recommendedLabel}
                      </Badge>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dark.4">
                    {[
                      t('counts.programmes', { count: backup.counts.programmes }),
                      t('counts.streets', { count: backup.counts.streets }),
                      t('counts.addresses', { count: backup.counts.addresses }),
                      t('counts.ideas', { count: backup.counts.ideas }),
                    ].join(' · ')}
                  </Text>
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  <Button
                    variant="default"
                    size="xs"
                    leftSection={<IconRestore size={14} aria-hidden />}
                    onClick={() => onRestore(backup)}
                    disabled={disabled}
                    aria-describedby={dateId}
                  >
                    {restoreLabel}
                  </Button>
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
