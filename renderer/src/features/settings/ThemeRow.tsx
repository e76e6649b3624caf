import { Badge, Button, Table, Text } from '@mantine/core'
import { IconArchive, IconArrowBackUp } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { type Theme } from '../../../../shared/model'
import { InlineRename } from '../../components/InlineRename'

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
  return (
    <Table.Tr data-testid="theme-row" data-code={theme.code}>
      <Table.Td>
        <InlineRename
          value={theme.label}
          display={
            <Text span c={theme.archived ? 'dimmed' : undefined}>
              {theme.label}
            </Text>
          }
          texts={{
            input: t('themes.renameLabel', { label: theme.label }),
            tooltip: t('themes.rename'),
            edit: `${t('themes.rename')}: ${theme.label}`,
            save: t('themes.save'),
            cancel: t('themes.cancel'),
          }}
          busy={busy}
          maxLength={80}
          onRename={onRename}
        />
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
