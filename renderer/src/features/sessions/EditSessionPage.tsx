import { Button, Paper } from '@mantine/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'
import { useApiMutation } from '../../api/use-api-mutation'
import { useApiQuery } from '../../api/use-api-query'
import { useActiveProgramme } from '../../app/active-programme-context'
import { ErrorState } from '../../components/ErrorState'
import { LoadingState } from '../../components/LoadingState'
import { PageHeader } from '../../components/PageHeader'
import { serverErrorField } from '../../components/forms/server-field-error'
import { notifySuccess } from '../../components/notifications'
import { SessionForm } from './SessionForm'
import { notifySessionWarnings } from './notify-session-warnings'
import { type SessionDraft, sessionFormFields, sessionToValues } from './session-form-values'
import { useSessionOptions } from './use-session-options'

/** Changes a session's details; a new date or time marks it "verplaatst" (done by the API). */
export function EditSessionPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { sessionId = '' } = useParams()
  const { active } = useActiveProgramme()
  const options = useSessionOptions(active.id)
  const detail = useApiQuery('session.get', { sessionId })
  const update = useApiMutation('session.update', {
    onError: (error) => serverErrorField(error, sessionFormFields) !== undefined,
  })
  const session = detail.data?.session
  const initialValues = useMemo(() => (session ? sessionToValues(session) : undefined), [session])

  const submit = async (draft: SessionDraft) => {
    const outcome = await update.mutate({ sessionId, ...draft })
    if (!outcome.ok) return outcome.error
    notifySuccess(t('sessions.form.saved', { title: outcome.value.session.title }))
    notifySessionWarnings(outcome.value.warnings)
    void navigate(`/sessies/${sessionId}`)
    return undefined
  }

  const error = detail.error ?? options.error
  return (
    <>
      <PageHeader title={t('sessions.form.editTitle')} description={t('sessions.form.editIntro')} />
      {error ? (
        <ErrorState error={error} onRetry={() => (detail.refresh(), options.refresh())} />
      ) : !initialValues || options.isLoading ? (
        <LoadingState />
      ) : (
        <Paper withBorder p="xl" radius="md">
          <SessionForm
            programmeId={active.id}
            sessionId={sessionId}
            initialValues={initialValues}
            options={options}
            submitLabel={t('sessions.form.save')}
            onSubmit={submit}
            secondaryActions={
              <Button variant="default" size="md" onClick={() => void navigate(`/sessies/${sessionId}`)}>
                {t('common.cancel')}
              </Button>
            }
          />
        </Paper>
      )}
    </>
  )
}
