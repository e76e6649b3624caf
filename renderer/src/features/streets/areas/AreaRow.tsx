import { Button, NativeSelect, Table } from '@mantine/core'
import { IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { type Area } from '../../../../../shared/model'
import { type AreaKind, areaKinds } from '../../../../../shared/model/vocabulary'
import { InlineRename } from '../../../components/InlineRename'

interface AreaRowProps {
  area: Area
  busy: boolean
  /** Answers an error text when the new name is refused, else undefined. */
  onRename: (name: string) => Promise<string | undefined>
  onChangeKind: (kind: AreaKind) => void
  onRemove: () => void
}

/** One kern, wijk or buurt: rename inline (Enter saves, Escape cancels), change its kind, or bin it. */
export function AreaRow({ area, busy, onRename, onChangeKind, onRemove }: AreaRowProps) {
  const { t } = useTranslation()
  return (
    <Table.Tr data-testid="area-row">
      <Table.Td>
        <InlineRename
          value={area.name}
          texts={{
            input: t('areas.renameLabel', { name: area.name }),
            tooltip: t('areas.rename'),
            edit: t('areas.renameOf', { name: area.name }),
            save: t('areas.save'),
            cancel: t('areas.cancel'),
          }}
          busy={busy}
          maxLength={120}
          check={(name) => (name.trim() === '' ? t('areas.required') : undefined)}
          onRename={(name) => onRename(name.trim())}
        />
      </Table.Td>
      <Table.Td>
        <NativeSelect
          aria-label={t('areas.kindOf', { name: area.name })}
          value={area.kind}
          disabled={busy}
          size="sm"
          onChange={(event) => onChangeKind(event.currentTarget.value as AreaKind)}
          data={areaKinds.map((code) => ({ value: code, label: t(`vocabulary.areaKind.${code}`) }))}
        />
      </Table.Td>
      <Table.Td ta="right">
        <Button
          size="compact-sm"
          variant="subtle"
          color="red"
          leftSection={<IconTrash size={16} aria-hidden />}
          aria-label={t('areas.removeOf', { name: area.name })}
          onClick={onRemove}
          disabled={busy}
        >
          {t('areas.remove')}
        </Button>
      </Table.Td>
    </Table.Tr>
  )
}
