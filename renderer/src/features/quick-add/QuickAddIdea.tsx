import { ActionIcon, Anchor, Group, Select, Stack, Text, TextInput } from '@mantine/core'
import { IconCornerDownLeft } from '@tabler/icons-react'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useApiMutation } from '../../api/use-api-mutation'
import { useApiQuery } from '../../api/use-api-query'
import { useActiveProgramme } from '../../app/active-programme-context'
import { notifySuccess } from '../../components/notifications'
import classes from './QuickAdd.module.css'
import { type QuickAddPlace } from './quick-add-place'

/** Props of {@link QuickAddIdea}. */
export interface QuickAddIdeaProps {
  /** The session the idea was collected in (e.g. inside a session's verslag). */
  sessionId?: string
  /** A fixed street: the street select is then left out. */
  streetId?: string
  /** Called with the new idea's id and title after it was saved. */
  onCreated?: (idea: { id: string; title: string }) => void
  /** Focus the field when it appears (in a dialog). */
  autoFocus?: boolean
  /**
   * Where the idea was heard (the page Ctrl+I was pressed on, or the door in door mode): its street is
   * chosen beforehand, and its address and session are kept as long as that street stays chosen.
   */
  place?: QuickAddPlace
}

/**
 * Captures an idea in seconds: type it and press Enter. The idea is saved as "opgehaald" in the active
 * programme (optionally in a street and a session); the field empties for the next one, and the ideas
 * just saved are listed with a link to work them out.
 */
export function QuickAddIdea({ sessionId, streetId, onCreated, autoFocus, place }: QuickAddIdeaProps) {
  const { t } = useTranslation()
  const hintId = useId()
  const { active } = useActiveProgramme()
  const streets = useApiQuery('street.list', { programmeId: active.id }, { enabled: streetId === undefined })
  const [title, setTitle] = useState('')
  const [street, setStreet] = useState<string | null>(place?.streetId ?? null)
  const [problem, setProblem] = useState<string | undefined>()
  const [added, setAdded] = useState<Array<{ id: string; title: string }>>([])
  const create = useApiMutation('idea.create')
  const chosenStreet = streetId ?? street ?? undefined
  const placeApplies =
    place !== undefined && (place.streetId === undefined || place.streetId === chosenStreet)
  const addressId = placeApplies ? place.addressId : undefined
  const chosenSession = sessionId ?? (placeApplies ? place.sessionId : undefined)

  const submit = async () => {
    if (create.isPending) return
    if (title.trim() === '') return setProblem(t('ideas.quickAdd.empty'))
    const outcome = await create.mutate({
      programmeId: active.id,
      title,
      ...(chosenStreet ? { streetId: chosenStreet } : {}),
      ...(addressId ? { addressId } : {}),
      ...(chosenSession ? { sessionId: chosenSession } : {}),
    })
    if (!outcome.ok) return
    const idea = { id: outcome.value.id, title: outcome.value.title }
    notifySuccess(t('ideas.created', { title: idea.title }))
    setTitle('')
    setAdded((previous) => [idea, ...previous].slice(0, 5))
    onCreated?.(idea)
  }

  return (
    <Stack gap="xs">
      <form
        noValidate
        aria-label={t('ideas.quickAdd.dialogTitle')}
        className={streetId === undefined ? classes.row : classes.rowSingle}
        onSubmit={(event) => {
          event.preventDefault()
          void submit()
        }}
      >
        <TextInput
          label={t('ideas.quickAdd.label')}
          placeholder={t('ideas.quickAdd.placeholder')}
          value={title}
          onChange={(event) => {
            setTitle(event.currentTarget.value)
            setProblem(undefined)
          }}
          error={problem}
          aria-describedby={hintId}
          autoComplete="off"
          data-autofocus={autoFocus || undefined}
          maxLength={200}
          rightSection={
            <ActionIcon
              type="submit"
              variant="subtle"
              aria-label={t('ideas.quickAdd.submit')}
              loading={create.isPending}
            >
              <IconCornerDownLeft size={16} aria-hidden />
            </ActionIcon>
          }
        />
        {streetId === undefined && (
          <Select
            label={t('ideas.quickAdd.street')}
            placeholder={t('ideas.noStreet')}
            data={(streets.data ?? []).map((item) => ({ value: item.street.id, label: item.street.name }))}
            value={street}
            onChange={setStreet}
            clearable
            searchable
            comboboxProps={{ withinPortal: true }}
          />
        )}
      </form>
      {placeApplies && place.label !== '' && (
        <Text size="sm" data-testid="quick-add-place">
          {t('flow.quickAdd.place', { place: place.label })}
        </Text>
      )}
      <Text size="xs" c="dimmed" id={hintId}>
        {t('ideas.quickAdd.hint')}
      </Text>
      {added.length > 0 && (
        <div aria-live="polite">
          <Text size="xs" fw={600} c="dark.4" mt="xs">
            {t('ideas.quickAdd.justAdded')}
          </Text>
          <ul className={classes.added}>
            {added.map((idea) => (
              <li key={idea.id}>
                <Group gap="xs" wrap="nowrap">
                  <Text size="sm" truncate>
                    {idea.title}
                  </Text>
                  <Anchor component={Link} to={`/ideeen/${idea.id}`} size="sm">
                    {t('ideas.quickAdd.open')}
                  </Anchor>
                </Group>
              </li>
            ))}
          </ul>
        </div>
      )}
    </Stack>
  )
}
