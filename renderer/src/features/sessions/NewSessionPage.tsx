import { Button, Paper } from '@mantine/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useSearchParams } from 'react-router'
import { useApiMutation } from '../../api/use-api-mutation'
import { useActiveProgramme } from '../../app/active-programme-context'
import { ErrorState } from '../../components/ErrorState'
import { LoadingState } from '../../components/LoadingState'
import { PageHeader } from '../../components/PageHeader'
import { serverErrorField } from '../../components/forms/server-field-error'
import { notifySuccess } from '../../components/notifications'
import { SessionForm } from './SessionForm'
import { notifySessionWarnings } from './notify-session-warnings'
import { type SessionDraft, newSessionValues, sessionFormFields } from './session-form-values'
import { useSessionOptions } from './use-session-options'

/** Plans a new session; the calendar's chosen day and hour (`?datum=&tijd=`) are filled in. */
export function NewSessionPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const { active } = useActiveProgramme()
  const options = useSessionOptions(active.id)
  const create = useApiMutation('session.create', {
    onError: (error) => serverErrorField(error, sessionFormFields) !== undefined,
  })
  const date = params.get('datum')
  const time = params.get('tijd')
  const initialValues = useMemo(() => newSessionValues(date, time), [date, time])

  const submit = async (draft: SessionDraft) => {
    const outcome = await create.mutate({ programmeId: active.id, ...draft })
    if (!outcome.ok) return outcome.error
    notifySuccess(t('sessions.form.created', { title: outcome.value.session.title }))
    notifySessionWarnings(outcome.value.warnings)
    void navigate(`/sessies/${outcome.value.session.id}`)
    return undefined
  }

  return (
    <>
      <PageHeader title={t('sessions.form.newTitle')} description={t('sessions.form.newIntro')} />
      {options.error ? (
        <ErrorState error={options.error} onRetry={options.refresh} />
      ) : options.isLoading ? (
        <LoadingState />
      ) : (
        <Paper withBorder p="xl" radius="md">
          <SessionForm
            programmeId={active.id}
            initialValues={initialValues}
            options={options}
            submitLabel={t('sessions.form.create')}
            onSubmit={submit}
            secondaryActions={
              <Button variant="default" size="md" onClick={() => void navigate(-1)}>
                {t('common.cancel')}
              </Button>
            }
          />
        </Paper>
      )}
    </>
  )
}
