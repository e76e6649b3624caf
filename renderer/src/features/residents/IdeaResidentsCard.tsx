import { Anchor, Button, Group, Text } from '@mantine/core'
import { IconPlayerStop, IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useApiMutation } from '../../api/use-api-mutation'
import { useApiQuery } from '../../api/use-api-query'
import { ErrorState } from '../../components/ErrorState'
import { LoadingState } from '../../components/LoadingState'
import { notifySuccess } from '../../components/notifications'
import { SectionCard } from '../../components/SectionCard'
import { useFormatters } from '../../components/use-formatters'
import { localToday } from '../../components/local-today'
import { ResidentFormModal } from './active/ResidentFormModal'
import { ToneBadge } from '../ideas/ToneBadge'
import classes from './Residents.module.css'
import { residentsPath } from './residents-paths'
import { residentName } from './use-resident-options'

/** On an idea's page: the residents who carry it (trekker, meedenkers, helpers), and adding one. */
export function IdeaResidentsCard({ ideaId, programmeId }: { ideaId: string; programmeId: string }) {
  const { t } = useTranslation()
  const format = useFormatters()
  const residents = useApiQuery('resident.list', { programmeId, ideaId })
  const endRole = useApiMutation('resident.updateRole')
  const [adding, setAdding] = useState(false)
  const roles = (residents.data ?? []).flatMap((item) =>
    item.roles.filter((role) => role.ideaId === ideaId).map((role) => ({ item, role })),
  )
  const running = new Set(roles.filter(({ role }) => role.running).map(({ item }) => item.resident.id))
  const trekkers = new Set(
    roles.filter(({ role }) => role.running && role.role === 'trekker').map(({ item }) => item.resident.id),
  )
  const end = async (residentId: string, roleId: string, name: string) => {
    const outcome = await endRole.mutate({ residentId, roleId, end: localToday() })
    if (outcome.ok) notifySuccess(t('residents.list.roleEnded', { name }))
  }
  return (
    <SectionCard
      title={t('residents.idea.heading')}
      description={
        residents.data
          ? t('residents.idea.summary', { count: running.size, trekkers: trekkers.size })
          : t('residents.idea.intro')
      }
      testId="idea-residents"
    >
      {residents.error ? (
        <ErrorState error={residents.error} onRetry={residents.refresh} />
      ) : !residents.data ? (
        <LoadingState minHeight={60} />
      ) : roles.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('residents.idea.none')}
        </Text>
      ) : (
        <ul className={classes.roles}>
          {roles.map(({ item, role }) => {
            const name = residentName(item.resident)
            return (
              <li key={role.id} className={classes.role} data-testid="idea-resident">
                <ToneBadge
                  tone={role.running ? 'green' : 'gray'}
                  variant={role.running ? 'light' : 'outline'}
                >
                  {t(`vocabulary.residentRole.${role.role}`)}
                </ToneBadge>
                <strong>{name}</strong>
                <span className={classes.muted}>
                  {item.addressLabel === undefined
                    ? item.streetName
                    : `${item.streetName} ${item.addressLabel}`}{' '}
                  ·{' '}
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
                    onClick={() => void end(item.resident.id, role.id, name)}
                    aria-label={t('residents.list.endRoleOf', {
                      role: t(`vocabulary.residentRole.${role.role}`),
                      name,
                    })}
                  >
                    {t('residents.list.endRole')}
                  </Button>
                )}
              </li>
            )
          })}
        </ul>
      )}
      <Group gap="md">
        <Button
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => setAdding(true)}
        >
          {t('residents.idea.add')}
        </Button>
        <Anchor component={Link} to={residentsPath()} size="sm" fw={600}>
          {t('residents.dashboard.link')}
        </Anchor>
      </Group>
      <ResidentFormModal opened={adding} ideaId={ideaId} onClose={() => setAdding(false)} />
    </SectionCard>
  )
}
