import { Button, Group, Text } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type ConnectionListItem } from '../../../../../shared/api/methods/residents'
import { useApiQuery } from '../../../api/use-api-query'
import { useActiveProgramme } from '../../../app/active-programme-context'
import { ErrorState } from '../../../components/ErrorState'
import { LoadingState } from '../../../components/LoadingState'
import { useFormatters } from '../../../components/use-formatters'
import { useGoalText } from '../../../components/use-goal-text'
import { FigureTiles } from '../FigureTiles'
import { ConnectionFormModal } from './ConnectionFormModal'
import { ConnectionTable } from './ConnectionTable'

/** Connections between neighbours: the figures, the list with checks, and recording a new one. */
export function ConnectionsSection() {
  const { t } = useTranslation()
  const format = useFormatters()
  const goalText = useGoalText()
  const { active } = useActiveProgramme()
  const figures = useApiQuery('stats.residents', { programmeId: active.id })
  const connections = useApiQuery('connection.list', { programmeId: active.id })
  const [editing, setEditing] = useState<ConnectionListItem | 'new' | undefined>()
  const c = figures.data?.connections
  const goal = figures.data?.goals.connections ?? 0
  const share = (eligible: number) =>
    eligible === 0 ? t('residents.figures.notYet') : t('residents.figures.ofEligible', { count: eligible })
  return (
    <>
      {c && (
        <FigureTiles
          label={t('residents.figures.label')}
          figures={[
            {
              id: 'connections',
              label: t('residents.figures.connections'),
              value: format.number(c.made),
              detail: goalText(c.made, goal),
            },
            {
              id: 'running',
              label: t('residents.figures.running'),
              value: format.number(c.running),
              detail: t('residents.figures.atLastCheck'),
            },
            {
              id: 'after3',
              label: t('residents.figures.after3'),
              value: c.after3Months.eligible === 0 ? '—' : format.number(c.after3Months.active),
              detail: share(c.after3Months.eligible),
            },
            {
              id: 'after6',
              label: t('residents.figures.after6'),
              value: c.after6Months.eligible === 0 ? '—' : format.number(c.after6Months.active),
              detail: share(c.after6Months.eligible),
            },
            {
              id: 'involved',
              label: t('residents.figures.involved'),
              value: format.number(c.addresses),
              detail: t('residents.figures.inStreets', { count: c.streets }),
            },
          ]}
        />
      )}
      <Group justify="space-between" mb="md">
        <Text c="dimmed" size="sm" maw={640}>
          {t('residents.connections.intro')}
        </Text>
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
          {t('residents.connections.add')}
        </Button>
      </Group>
      {connections.data ? (
        connections.data.length === 0 ? (
          <Text c="dimmed">{t('residents.connections.none')}</Text>
        ) : (
          <ConnectionTable items={connections.data} onEdit={setEditing} />
        )
      ) : connections.error ? (
        <ErrorState error={connections.error} onRetry={connections.refresh} />
      ) : (
        <LoadingState />
      )}
      <ConnectionFormModal
        opened={editing !== undefined}
        item={editing === 'new' ? undefined : editing}
        onClose={() => setEditing(undefined)}
      />
    </>
  )
}
