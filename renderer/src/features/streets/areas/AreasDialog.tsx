import { Modal, Stack, Table, Text, VisuallyHidden } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { type Area } from '../../../../../shared/model'
import { type AreaKind } from '../../../../../shared/model/vocabulary'
import { api } from '../../../api/client'
import { invalidateApiQueries } from '../../../api/invalidation'
import { useApiMutation } from '../../../api/use-api-mutation'
import { notifyApiError, notifySuccess } from '../../../components/notifications'
import { toApiClientError } from '../../../api/api-client-error'
import { fieldErrorFrom } from '../field-errors'
import { notifyWithUndo } from '../notify-undo'
import { AreaRow } from './AreaRow'

interface AreasDialogProps {
  opened: boolean
  areas: Area[]
  onClose: () => void
}

/** Takes an area out of the bin again (the undo of "Naar prullenbak"). */
async function restoreArea(area: Area, restoredText: string): Promise<void> {
  try {
    await api.call('area.restore', { areaId: area.id })
    invalidateApiQueries()
    notifySuccess(restoredText)
  } catch (thrown) {
    notifyApiError(toApiClientError('area.restore', thrown))
  }
}

/** "Kernen en wijken": rename areas, change their kind, or move them to the bin (with undo). */
export function AreasDialog({ opened, areas, onClose }: AreasDialogProps) {
  const { t } = useTranslation()
  const update = useApiMutation('area.update', {
    onError: (failure) => fieldErrorFrom(failure, ['name'] as const) !== undefined,
  })
  const remove = useApiMutation('area.delete')
  const busy = update.isPending || remove.isPending

  const rename = async (area: Area, name: string): Promise<string | undefined> => {
    if (name === area.name) return undefined
    const outcome = await update.mutate({ areaId: area.id, name })
    if (!outcome.ok) return fieldErrorFrom(outcome.error, ['name'] as const)?.message ?? outcome.error.message
    notifySuccess(t('areas.renamed', { name }))
    return undefined
  }

  const changeKind = async (area: Area, kind: AreaKind) => {
    const outcome = await update.mutate({ areaId: area.id, kind })
    if (outcome.ok)
      notifySuccess(
        t('areas.kindChanged', { name: area.name, kind: t(`vocabulary.areaKind.${kind}`).toLowerCase() }),
      )
  }

  const moveToBin = async (area: Area) => {
    const outcome = await remove.mutate({ areaId: area.id })
    if (outcome.ok)
      notifyWithUndo(t('areas.removed', { name: area.name }), () => {
        void restoreArea(area, t('areas.restored', { name: area.name }))
      })
  }

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('areas.title')}
      size="lg"
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('areas.intro')}
        </Text>
        {areas.length === 0 ? (
          <Text>{t('areas.none')}</Text>
        ) : (
          <Table verticalSpacing="xs" aria-label={t('areas.caption')} data-testid="areas-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('areas.name')}</Table.Th>
                <Table.Th scope="col" w={150}>
                  {t('areas.kind')}
                </Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('areas.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {areas.map((area) => (
                <AreaRow
                  key={`${area.id}:${area.updatedAt}`}
                  area={area}
                  busy={busy}
                  onRename={(name) => rename(area, name)}
                  onChangeKind={(kind) => void changeKind(area, kind)}
                  onRemove={() => void moveToBin(area)}
                />
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Modal>
  )
}
