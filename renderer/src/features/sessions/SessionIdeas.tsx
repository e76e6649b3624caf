import { Button, Group, Text, TextInput } from '@mantine/core'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type Idea, type Session } from '../../../../shared/model'
import { useApiMutation } from '../../api/use-api-mutation'
import { notifySuccess } from '../../components/notifications'
import classes from './SessionPage.module.css'

/**
 * Ideas collected in this session, and a one-line form to add one: type the title and press Enter.
 * The idea is linked to the session and its first street.
 */
export function SessionIdeas({ session, ideas }: { session: Session; ideas: Idea[] }) {
  const { t } = useTranslation()
  const [title, setTitle] = useState('')
  const [error, setError] = useState<string | undefined>(undefined)
  const create = useApiMutation('idea.create', { onError: (failure) => (setError(failure.message), true) })

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const text = title.trim()
    if (text === '') {
      setError(t('validation.required', { label: t('sessions.report.ideaTitle') }))
      return
    }
    setError(undefined)
    const streetId = session.streetIds[0]
    const outcome = await create.mutate({
      programmeId: session.programmeId,
      title: text,
      sessionId: session.id,
      collectedOn: session.date,
      ...(streetId ? { streetId } : {}),
    })
    if (!outcome.ok) return
    setTitle('')
    notifySuccess(t('sessions.report.ideaAdded', { title: outcome.value.title }))
  }

  return (
    <div className={classes.subsection} data-testid="session-ideas">
      <h3 className={classes.subheading}>{t('sessions.report.ideasHeading')}</h3>
      {ideas.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('sessions.report.noIdeas')}
        </Text>
      ) : (
        <ul className={classes.plainList}>
          {ideas.map((idea) => (
            <li key={idea.id}>{idea.title}</li>
          ))}
        </ul>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Group gap="sm" align="flex-start" wrap="nowrap">
          <TextInput
            className={classes.grow}
            label={t('sessions.report.ideaTitle')}
            placeholder={t('sessions.report.ideaPlaceholder')}
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            error={error}
            autoComplete="off"
          />
          <Button type="submit" variant="default" loading={create.isPending} mt={25}>
            {t('sessions.report.ideaAdd')}
          </Button>
        </Group>
      </form>
    </div>
  )
}
