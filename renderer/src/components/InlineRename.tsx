import { ActionIcon, Button, Group, TextInput, Tooltip } from '@mantine/core'
import { IconPencil } from '@tabler/icons-react'
import { type KeyboardEvent, type ReactNode, useState } from 'react'

/** The texts of an {@link InlineRename}, in the interface language. */
export interface InlineRenameTexts {
  /** The field's accessible name ("Nieuwe naam voor Wezep"). */
  input: string
  /** The pencil's tooltip ("Naam wijzigen"). */
  tooltip: string
  /** The pencil's accessible name, naming what is renamed. */
  edit: string
  save: string
  cancel: string
}

interface InlineRenameProps {
  value: string
  /** What is shown while not editing; the value itself when left out. */
  display?: ReactNode
  texts: InlineRenameTexts
  busy: boolean
  maxLength: number
  /** A problem with the new value found before saving (an error text), else undefined. */
  check?: (value: string) => string | undefined
  /** Saves; answers an error text when the new value is refused, else undefined. */
  onRename: (value: string) => Promise<string | undefined>
}

/**
 * A name with a pencil that turns it into a field: Enter or "Opslaan" saves, Escape or "Annuleren"
 * cancels. A refused name keeps the field open with the reason beside it.
 */
export function InlineRename({ value, display, texts, busy, maxLength, check, onRename }: InlineRenameProps) {
  const [editing, setEditing] = useState(false)
  const [draft, setDraft] = useState(value)
  const [error, setError] = useState<string | undefined>(undefined)

  const cancel = () => {
    setEditing(false)
    setDraft(value)
    setError(undefined)
  }
  const save = async () => {
    const problem = check?.(draft)
    if (problem !== undefined) {
      setError(problem)
      return
    }
    const refused = await onRename(draft)
    if (refused !== undefined) setError(refused)
    else setEditing(false)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault()
      void save()
    } else if (event.key === 'Escape') {
      // Closes the editor, not a dialog around it.
      event.preventDefault()
      event.stopPropagation()
      cancel()
    }
  }

  if (editing)
    return (
      <Group gap="xs" align="flex-start" wrap="nowrap">
        <TextInput
          aria-label={texts.input}
          value={draft}
          onChange={(event) => setDraft(event.currentTarget.value)}
          onKeyDown={onKeyDown}
          error={error}
          maxLength={maxLength}
          autoFocus
          size="sm"
        />
        <Button size="sm" onClick={() => void save()} loading={busy}>
          {texts.save}
        </Button>
        <Button size="sm" variant="default" onClick={cancel}>
          {texts.cancel}
        </Button>
      </Group>
    )
  return (
    <Group gap="xs" wrap="nowrap">
      {display ?? <span>{value}</span>}
      <Tooltip label={texts.tooltip} withArrow>
        <ActionIcon
          variant="subtle"
          aria-label={texts.edit}
          onClick={() => {
            setDraft(value)
            setEditing(true)
          }}
        >
          <IconPencil size={16} aria-hidden />
        </ActionIcon>
      </Tooltip>
    </Group>
  )
}
