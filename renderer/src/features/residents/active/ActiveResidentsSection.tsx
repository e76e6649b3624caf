import { Button, Group, Text } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type ResidentListItem } from '../../../../../shared/api/methods/residents'
import { useApiQuery } from '../../../api/use-api-query'
import { useActiveProgramme } from '../../../app/active-programme-context'
import { ErrorState } from '../../../components/ErrorState'
import { LoadingState } from '../../../components/LoadingState'
import { useFormatters } from '../../../components/use-formatters'
import { useGoalText } from '../../../components/use-goal-text'
import { FigureTiles } from '../FigureTiles'
import { ResidentFormModal } from './ResidentFormModal'
import { ResidentTable } from './ResidentTable'
import { RoleFormModal } from './RoleFormModal'

/** Active residents: the figures, every resident with their roles, and adding residents and roles. */
export function ActiveResidentsSection() {
  const { t } = useTranslation()
  const format = useFormatters()
  const goalText = useGoalText()
  const { active } = useActiveProgramme()
  const figures = useApiQuery('stats.residents', { programmeId: active.id })
  const residents = useApiQuery('resident.list', { programmeId: active.id })
  const [editing, setEditing] = useState<ResidentListItem | 'new' | undefined>()
  const [addingRole, setAddingRole] = useState<ResidentListItem | undefined>()
  const f = figures.data?.residents
  const goal = figures.data?.goals.activeResidents ?? 0
  return (
    <>
      {f && (
        <FigureTiles
          label={t('residents.figures.label')}
          figures={[
            {
              id: 'active',
              label: t('residents.figures.active'),
              value: format.number(f.active),
              detail: goalText(f.active, goal),
            },
            {
              id: 'trekker',
              label: t('residents.figures.ideasWithTrekker'),
              value: format.number(f.ideasWithTrekker),
              detail: t('residents.figures.ofIdeas', { count: f.ideas }),
            },
            { id: 'addresses', label: t('residents.figures.addresses'), value: format.number(f.addresses) },
            { id: 'streets', label: t('residents.figures.streets'), value: format.number(f.streets) },
          ]}
        />
      )}
      <Group justify="space-between" mb="md">
        <Text c="dimmed" size="sm" maw={640}>
          {t('residents.list.intro')}
        </Text>
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
          {t('residents.list.add')}
        </Button>
      </Group>
      {residents.data ? (
        residents.data.length === 0 ? (
          <Text c="dimmed">{t('residents.list.none')}</Text>
        ) : (
          <ResidentTable items={residents.data} onEdit={setEditing} onAddRole={setAddingRole} />
        )
      ) : residents.error ? (
        <ErrorState error={residents.error} onRetry={residents.refresh} />
      ) : (
        <LoadingState />
      )}
      <ResidentFormModal
        opened={editing !== undefined}
        item={editing === 'new' ? undefined : editing}
        onClose={() => setEditing(undefined)}
      />
      <RoleFormModal item={addingRole} onClose={() => setAddingRole(undefined)} />
    </>
  )
}
