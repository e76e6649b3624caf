import { Button, Select, TextInput } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useApiMutation } from '../../api/use-api-mutation'
import { DateField } from '../../components/forms/DateField'
import { notifySuccess } from '../../components/notifications'
import classes from './Actions.module.css'
import { ownerFields, useActionOwnerOptions } from './use-action-owners'

interface ActionFormProps {
  programmeId: string
  ideaId?: string
  sessionId?: string
  /** Stack the fields (for narrow cards). */
  narrow?: boolean
}

/** Adds a follow-up: what, who and when. */
export function ActionForm({ programmeId, ideaId, sessionId, narrow }: ActionFormProps) {
  const { t } = useTranslation()
  const owners = useActionOwnerOptions(programmeId)
  const [title, setTitle] = useState('')
  const [owner, setOwner] = useState<string | null>(null)
  const [due, setDue] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | undefined>()
  const create = useApiMutation('action.create')
  const submit = async () => {
    if (title.trim() === '') return setProblem(t('ideas.actions.titleRequired'))
    const outcome = await create.mutate({
      programmeId,
      title,
      ...ownerFields(owner),
      ...(due ? { due } : {}),
      ...(ideaId ? { ideaId } : {}),
      ...(sessionId ? { sessionId } : {}),
    })
    if (!outcome.ok) return
    notifySuccess(t('ideas.actions.added'))
    setTitle('')
    setOwner(null)
    setDue(null)
  }
  return (
    <form
      noValidate
      aria-label={t('ideas.actions.add')}
      className={narrow ? classes.formNarrow : classes.form}
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
    >
      <TextInput
        label={t('ideas.actions.title')}
        placeholder={t('ideas.actions.titlePlaceholder')}
        value={title}
        onChange={(event) => {
          setTitle(event.currentTarget.value)
          setProblem(undefined)
        }}
        error={problem}
        autoComplete="off"
      />
      <Select
        label={t('ideas.actions.owner')}
        placeholder={t('ideas.actions.ownerPlaceholder')}
        data={owners}
        value={owner}
        onChange={setOwner}
        clearable
        searchable
        comboboxProps={{ withinPortal: true }}
      />
      <DateField label={t('ideas.actions.due')} value={due} onChange={setDue} clearable />
      <Button
        type="submit"
        variant="light"
        leftSection={<IconPlus size={16} aria-hidden />}
        loading={create.isPending}
      >
        {t('ideas.actions.save')}
      </Button>
    </form>
  )
}
