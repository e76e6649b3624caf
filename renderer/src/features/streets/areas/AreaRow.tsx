import { ActionIcon, Button, Group, NativeSelect, Table, TextInput, Tooltip } from '@mantine/core'
import { IconPencil, IconTrash } from '@tabler/icons-react'
import { type KeyboardEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type Area } from '../../../../../shared/model'
import { type AreaKind, areaKinds } from '../../../../../shared/model/vocabulary'

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
  const [editing, setEditing] = useState(false)
  const [name, setName] = useState(area.name)
  const [error, setError] = useState<string | undefined>(undefined)

  const cancel = () => {
    setEditing(false)
    setName(area.name)
    setError(undefined)
  }
  const save = async () => {
    if (name.trim() === '') {
      setError(t('areas.required'))
      return
    }
    const refused = await onRename(name.trim())
    if (refused !== undefined) setError(refused)
    else setEditing(false)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault()
      void save()
    } else if (event.key === 'Escape') {
      // Closes the editor, not the dialog around it.
      event.preventDefault()
      event.stopPropagation()
      cancel()
    }
  }

  return (
    <Table.Tr data-testid="area-row">
      <Table.Td>
        {editing ? (
          <Group gap="xs" align="flex-start" wrap="nowrap">
            <TextInput
              aria-label={t('areas.renameLabel', { name: area.name })}
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              onKeyDown={onKeyDown}
              error={error}
              maxLength={120}
              autoFocus
              size="sm"
            />
            <Button size="sm" onClick={() => void save()} loading={busy}>
              {t('areas.save')}
            </Button>
            <Button size="sm" variant="default" onClick={cancel}>
              {t('areas.cancel')}
            </Button>
          </Group>
        ) : (
          <Group gap="xs" wrap="nowrap">
            <span>{area.name}</span>
            <Tooltip label={t('areas.rename')} withArrow>
              <ActionIcon
                variant="subtle"
                aria-label={t('areas.renameOf', { name: area.name })}
                onClick={() => {
                  setName(area.name)
                  setEditing(true)
                }}
              >
                <IconPencil size={16} aria-hidden />
              </ActionIcon>
            </Tooltip>
          </Group>
        )}
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
