import { Button, Select, TextInput } from '@mantine/core'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type Session } from '../../../../shared/model'
import { useApiMutation } from '../../api/use-api-mutation'
import { DateField } from '../../components/forms/DateField'
import { notifySuccess } from '../../components/notifications'
import classes from './SessionPage.module.css'
import { type NamedOption } from './use-session-options'

interface ActionFormProps {
  session: Session
  team: NamedOption[]
  partners: NamedOption[]
}

/** Adds a follow-up action to the session: what, who (a team member or a partner) and by when. */
export function ActionForm({ session, team, partners }: ActionFormProps) {
  const { t } = useTranslation()
  const [title, setTitle] = useState('')
  const [owner, setOwner] = useState<string | null>(null)
  const [due, setDue] = useState<string | null>(null)
  const [error, setError] = useState<string | undefined>(undefined)
  const create = useApiMutation('action.create', { onError: (failure) => (setError(failure.message), true) })
  const ownerData = [
    {
      group: t('sessions.report.actionOwnerTeam'),
      items: team.map((m) => ({ value: `team:${m.value}`, label: m.label })),
    },
    {
      group: t('sessions.report.actionOwnerPartners'),
      items: partners.map((p) => ({ value: `partner:${p.value}`, label: p.label })),
    },
  ]

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const text = title.trim()
    if (text === '') {
      setError(t('validation.required', { label: t('sessions.report.actionTitle') }))
      return
    }
    setError(undefined)
    const [kind, ownerId] = owner?.split(':') ?? []
    const outcome = await create.mutate({
      programmeId: session.programmeId,
      title: text,
      sessionId: session.id,
      ...(kind === 'team' && ownerId ? { ownerTeamMemberId: ownerId } : {}),
      ...(kind === 'partner' && ownerId ? { ownerPartnerId: ownerId } : {}),
      ...(due ? { due } : {}),
    })
    if (!outcome.ok) return
    setTitle('')
    setOwner(null)
    setDue(null)
    notifySuccess(t('sessions.report.actionAdded', { title: outcome.value.title }))
  }

  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      className={classes.actionForm}
      aria-label={t('sessions.report.actionAdd')}
    >
      <TextInput
        label={t('sessions.report.actionTitle')}
        value={title}
        onChange={(event) => setTitle(event.currentTarget.value)}
        error={error}
        autoComplete="off"
      />
      <Select
        label={t('sessions.report.actionOwner')}
        placeholder={t('sessions.report.actionOwnerPlaceholder')}
        data={ownerData}
        value={owner}
        onChange={setOwner}
        searchable
        clearable
        nothingFoundMessage={t('sessions.form.nothingFound')}
        comboboxProps={{ withinPortal: true }}
      />
      <DateField label={t('sessions.report.actionDue')} clearable value={due} onChange={setDue} />
      <Button type="submit" variant="default" loading={create.isPending} className={classes.actionSubmit}>
        {t('sessions.report.actionAdd')}
      </Button>
    </form>
  )
}
