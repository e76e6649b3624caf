import { Anchor, Button, Group, Table, VisuallyHidden } from '@mantine/core'
import { IconPencil, IconPlayerStop, IconPlus, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { type ResidentListItem } from '../../../../../shared/api/methods/residents'
import { useApiMutation } from '../../../api/use-api-mutation'
import { ConfirmDialog } from '../../../components/ConfirmDialog'
import { notifySuccess } from '../../../components/notifications'
import { useFormatters } from '../../../components/use-formatters'
import { localToday } from '../../../components/local-today'
import { ToneBadge } from '../../ideas/ToneBadge'
import classes from '../Residents.module.css'
import { residentName } from '../use-resident-options'

interface ResidentTableProps {
  items: readonly ResidentListItem[]
  onEdit: (item: ResidentListItem) => void
  onAddRole: (item: ResidentListItem) => void
}

/** Residents with their address and roles; a running role can be ended, a resident moved to the bin. */
export function ResidentTable({ items, onEdit, onAddRole }: ResidentTableProps) {
  const { t } = useTranslation()
  const format = useFormatters()
  const endRole = useApiMutation('resident.updateRole')
  const remove = useApiMutation('resident.delete')
  const [deleting, setDeleting] = useState<ResidentListItem | undefined>()

  const end = async (item: ResidentListItem, roleId: string) => {
    const outcome = await endRole.mutate({ residentId: item.resident.id, roleId, end: localToday() })
    if (outcome.ok) notifySuccess(t('residents.list.roleEnded', { name: residentName(item.resident) }))
  }
  const confirmDelete = async () => {
    if (!deleting) return
    const outcome = await remove.mutate({ residentId: deleting.resident.id })
    setDeleting(undefined)
    if (outcome.ok) notifySuccess(t('residents.list.deleted'))
  }

  return (
    <>
      <Table
        className={classes.table}
        striped
        verticalSpacing="sm"
        data-testid="resident-table"
        aria-label={t('residents.list.caption')}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('residents.list.columnResident')}</Table.Th>
            <Table.Th>{t('residents.list.columnAddress')}</Table.Th>
            <Table.Th>{t('residents.list.columnRoles')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('residents.list.columnActions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => {
            const name = residentName(item.resident)
            const roles = item.roles
            return (
              <Table.Tr key={item.resident.id} data-testid="resident-row">
                <Table.Td>
                  <strong>{name}</strong>
                  {item.resident.consentToBeNamed && item.resident.name !== '' && (
                    <div className={classes.muted}>{item.resident.pseudonym}</div>
                  )}
                </Table.Td>
                <Table.Td className={classes.nowrap}>
                  {item.addressLabel === undefined
                    ? item.streetName
                    : `${item.streetName} ${item.addressLabel}`}
                </Table.Td>
                <Table.Td>
                  <ul className={classes.roles}>
                    {roles.map((role) => (
                      <li key={role.id} className={classes.role}>
                        <ToneBadge
                          tone={role.running ? 'green' : 'gray'}
                          variant={role.running ? 'light' : 'outline'}
                        >
                          {t(`vocabulary.residentRole.${role.role}`)}
                        </ToneBadge>
                        {role.ideaId && role.ideaTitle ? (
                          <Anchor component={Link} to={`/ideeen/${role.ideaId}`} size="sm">
                            {role.ideaTitle}
                          </Anchor>
                        ) : (
                          <span className={classes.muted}>{t('residents.list.inTheStreet')}</span>
                        )}
                        <span className={classes.muted}>
                          {role.end
                            ? t('residents.list.fromUntil', {
                                from: format.date(role.start),
                                until: format.date(role.end),
                              })
                            : t('residents.list.since', { date: format.date(role.start) })}
                        </span>
                        {role.running && role.end === undefined && (
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            leftSection={<IconPlayerStop size={12} aria-hidden />}
                            onClick={() => void end(item, role.id)}
                            aria-label={t('residents.list.endRoleOf', {
                              role: t(`vocabulary.residentRole.${role.role}`),
                              name,
                            })}
                          >
                            {t('residents.list.endRole')}
                          </Button>
                        )}
                      </li>
                    ))}
                    {roles.length === 0 && <li className={classes.muted}>{t('residents.list.noRoles')}</li>}
                  </ul>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap" justify="flex-end">
                    <Button
                      size="compact-sm"
                      variant="light"
                      leftSection={<IconPlus size={14} aria-hidden />}
                      onClick={() => onAddRole(item)}
                      aria-label={t('residents.list.addRoleFor', { name })}
                    >
                      {t('residents.list.addRole')}
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      onClick={() => onEdit(item)}
                      aria-label={t('residents.list.editFor', { name })}
                    >
                      <IconPencil size={16} aria-hidden />
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      onClick={() => setDeleting(item)}
                      aria-label={t('residents.list.deleteFor', { name })}
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
        title={t('residents.list.deleteTitle')}
        message={t('residents.list.deleteText', { name: deleting ? residentName(deleting.resident) : '' })}
        confirmLabel={t('residents.list.deleteConfirm')}
        busy={remove.isPending}
        danger
        onConfirm={() => void confirmDelete()}
        onCancel={() => setDeleting(undefined)}
      />
    </>
  )
}
