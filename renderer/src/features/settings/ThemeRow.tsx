import { ActionIcon, Badge, Button, Group, Table, Text, TextInput, Tooltip } from '@mantine/core'
import { IconArchive, IconArrowBackUp, IconPencil } from '@tabler/icons-react'
import { type KeyboardEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type Theme } from '../../../../shared/model'

interface ThemeRowProps {
  theme: Theme
  busy: boolean
  /** Answers an error text when the new label is refused, else undefined. */
  onRename: (label: string) => Promise<string | undefined>
  onToggleArchived: () => void
}

/** One theme: its label (renamed inline: Enter saves, Escape cancels), status and archive button. */
export function ThemeRow({ theme, busy, onRename, onToggleArchived }: ThemeRowProps) {
  const { t } = useTranslation()
  const [editing, setEditing] = useState(false)
  const [label, setLabel] = useState(theme.label)
  const [error, setError] = useState<string | undefined>(undefined)

  const cancel = () => {
    setEditing(false)
    setLabel(theme.label)
    setError(undefined)
  }
  const save = async () => {
    const refused = await onRename(label)
    if (refused !== undefined) setError(refused)
    else setEditing(false)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault()
      void save()
    } else if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      cancel()
    }
  }

  return (
    <Table.Tr data-testid="theme-row" data-code={theme.code}>
      <Table.Td>
        {editing ? (
          <Group gap="xs" align="flex-start" wrap="nowrap">
            <TextInput
              aria-label={t('themes.renameLabel', { label: theme.label })}
              value={label}
              onChange={(event) => setLabel(event.currentTarget.value)}
              onKeyDown={onKeyDown}
              error={error}
              maxLength={80}
              autoFocus
              size="sm"
            />
            <Button size="sm" onClick={() => void save()} loading={busy}>
              {t('themes.save')}
            </Button>
            <Button size="sm" variant="default" onClick={cancel}>
              {t('themes.cancel')}
            </Button>
          </Group>
        ) : (
          <Group gap="xs" wrap="nowrap">
            <Text span c={theme.archived ? 'dimmed' : undefined}>
              {theme.label}
            </Text>
            <Tooltip label={t('themes.rename')} withArrow>
              <ActionIcon
                variant="subtle"
                aria-label={`${t('themes.rename')}: ${theme.label}`}
                onClick={() => {
                  setLabel(theme.label)
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
        <Badge variant="light" color={theme.archived ? 'gray' : undefined} radius="sm">
          {theme.archived ? t('themes.archived') : t('themes.active')}
        </Badge>
      </Table.Td>
      <Table.Td ta="right">
        <Button
          size="compact-sm"
          variant="subtle"
          color={theme.archived ? undefined : 'gray'}
          leftSection={
            theme.archived ? <IconArrowBackUp size={16} aria-hidden /> : <IconArchive size={16} aria-hidden />
          }
          aria-label={`${theme.archived ? t('themes.unarchive') : t('themes.archive')}: ${theme.label}`}
          onClick={onToggleArchived}
          disabled={busy}
        >
          {theme.archived ? t('themes.unarchive') : t('themes.archive')}
        </Button>
      </Table.Td>
    </Table.Tr>
  )
}
