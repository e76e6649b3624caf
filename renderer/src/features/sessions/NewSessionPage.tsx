import { Button, Paper } from '@mantine/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useSearchParams } from 'react-router'
import { sessionTimesFor } from '../../../../shared/domain/session-times'
import { type SessionType } from '../../../../shared/model'
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
import { type SessionDraft, newSessionValues, sessionFormFields } from './session-form-values'
import { useSessionOptions } from './use-session-options'

/**
 * Plans a new session; the calendar's chosen day and hour (`?datum=&tijd=`) are filled in. The times
 * follow the kind of session (the coach's last choice for that kind, else the usual ones), and the
 * times of a saved session are remembered for the next one of its kind.
 */
export function NewSessionPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const { active } = useActiveProgramme()
  const options = useSessionOptions(active.id)
  const create = useApiMutation('session.create', {
    onError: (error) => serverErrorField(error, sessionFormFields) !== undefined,
  })
  const settings = useApiQuery('settings.get')
  const remember = useApiMutation('settings.update', { invalidate: false, onError: () => true })
  const date = params.get('datum')
  const time = params.get('tijd')
  const remembered = settings.data?.sessionTimes
  const initialValues = useMemo(() => {
    const type: SessionType = 'deur-aan-deur'
    return newSessionValues(date, time, type, sessionTimesFor(type, remembered))
  }, [date, time, remembered])
  // A calendar hour is the coach's choice; otherwise the times follow the kind of session.
  const timesFor = useMemo(
    () => (time ? undefined : (type: SessionType) => sessionTimesFor(type, remembered)),
    [time, remembered],
  )

  const submit = async (draft: SessionDraft) => {
    const outcome = await create.mutate({ programmeId: active.id, ...draft })
    if (!outcome.ok) return outcome.error
    // Remembering is a convenience: when it fails, the session is saved all the same.
    void remember.mutate({
      sessionTimes: {
        ...remembered,
        [draft.type]: { startTime: draft.startTime, endTime: draft.endTime },
      },
    })
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
      ) : options.isLoading || (settings.isLoading && !settings.error) ? (
        <LoadingState />
      ) : (
        <Paper withBorder p="xl" radius="md">
          <SessionForm
            programmeId={active.id}
            initialValues={initialValues}
            timesFor={timesFor}
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
