import { Anchor, Badge, Button, Group, Table, VisuallyHidden } from '@mantine/core'
import { IconCheck, IconPencil, IconTrash, IconX } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { type ConnectionListItem } from '../../../../../shared/api/methods/residents'
import { useApiMutation } from '../../../api/use-api-mutation'
import { ConfirmDialog } from '../../../components/ConfirmDialog'
import { notifySuccess } from '../../../components/notifications'
import { useFormatters } from '../../../components/use-formatters'
import { ToneBadge } from '../../ideas/ToneBadge'
import classes from '../Residents.module.css'

/** Connections with who, where, since when and whether they still run; a check is one click. */
export function ConnectionTable({
  items,
  onEdit,
}: {
  items: readonly ConnectionListItem[]
  onEdit: (item: ConnectionListItem) => void
}) {
  const { t } = useTranslation()
  const format = useFormatters()
  const check = useApiMutation('connection.check')
  const remove = useApiMutation('connection.delete')
  const [deleting, setDeleting] = useState<ConnectionListItem | undefined>()
  const record = async (item: ConnectionListItem, running: boolean) => {
    const outcome = await check.mutate({ connectionId: item.connection.id, running })
    if (outcome.ok)
      notifySuccess(running ? t('residents.connections.stillRuns') : t('residents.connections.stopped'))
  }
  const confirmDelete = async () => {
    if (!deleting) return
    const outcome = await remove.mutate({ connectionId: deleting.connection.id })
    setDeleting(undefined)
    if (outcome.ok) notifySuccess(t('residents.connections.deleted'))
  }
  return (
    <>
      <Table
        className={classes.table}
        striped
        verticalSpacing="sm"
        data-testid="connection-table"
        aria-label={t('residents.connections.caption')}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('residents.connections.columnDate')}</Table.Th>
            <Table.Th>{t('residents.connections.columnWhat')}</Table.Th>
            <Table.Th>{t('residents.connections.columnWho')}</Table.Th>
            <Table.Th>{t('residents.connections.columnState')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('residents.list.columnActions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => {
            const kind = t(`vocabulary.connectionKind.${item.connection.kind}`)
            return (
              <Table.Tr key={item.connection.id} data-testid="connection-row">
                <Table.Td className={classes.nowrap}>{format.date(item.connection.date)}</Table.Td>
                <Table.Td className={classes.description}>
                  <Badge variant="light" mb={4}>
                    {kind}
                  </Badge>
                  {item.connection.description !== '' && <div>{item.connection.description}</div>}
                  {item.ideaTitle && item.connection.ideaId && (
                    <Anchor component={Link} to={`/ideeen/${item.connection.ideaId}`} size="sm">
                      {t('residents.connections.fromIdea', { title: item.ideaTitle })}
                    </Anchor>
                  )}
                  {item.connection.signalId && (
                    <div className={classes.muted}>{t('residents.connections.fromSignal')}</div>
                  )}
                </Table.Td>
                <Table.Td>
                  <div>{item.parties.join(', ')}</div>
                  <div className={classes.muted}>{item.streetNames.join(', ')}</div>
                </Table.Td>
                <Table.Td>
                  <ToneBadge tone={item.running ? 'green' : 'gray'}>
                    {item.running ? t('residents.connections.running') : t('residents.connections.ended')}
                  </ToneBadge>
                  <div className={classes.muted}>
                    {item.lastCheck
                      ? t('residents.connections.lastCheck', { date: format.date(item.lastCheck.on) })
                      : t('residents.connections.neverChecked')}
                  </div>
                  {item.checkDue && (
                    <div>
                      <ToneBadge tone="orange">{t('residents.connections.checkDue')}</ToneBadge>
                    </div>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap" justify="flex-end">
                    <Button
                      size="compact-sm"
                      variant="light"
                      leftSection={<IconCheck size={14} aria-hidden />}
                      onClick={() => void record(item, true)}
                      aria-label={t('residents.connections.markRunningFor', { kind })}
                    >
                      {t('residents.connections.markRunning')}
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="default"
                      leftSection={<IconX size={14} aria-hidden />}
                      onClick={() => void record(item, false)}
                      aria-label={t('residents.connections.markStoppedFor', { kind })}
                    >
                      {t('residents.connections.markStopped')}
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      onClick={() => onEdit(item)}
                      aria-label={t('residents.connections.editFor', { kind })}
                    >
                      <IconPencil size={16} aria-hidden />
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      onClick={() => setDeleting(item)}
                      aria-label={t('residents.connections.deleteFor', { kind })}
                    >
                      <IconTrash size={16} aria-hidden />
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
      <ConfirmDialog
        opened={deleting !== undefined}
        title={t('residents.connections.deleteTitle')}
        message={t('residents.connections.deleteText')}
        confirmLabel={t('residents.connections.deleteConfirm')}
        busy={remove.isPending}
        danger
        onConfirm={() => void confirmDelete()}
        onCancel={() => setDeleting(undefined)}
      />
    </>
  )
}
