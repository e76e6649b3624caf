import { useTranslation } from 'react-i18next'
import { useApiMutation } from '../../api/use-api-mutation'
import { useApiQuery } from '../../api/use-api-query'
import { useActiveProgramme } from '../../app/active-programme-context'
import { ErrorState } from '../../components/ErrorState'
import { LoadingState } from '../../components/LoadingState'
import { SectionCard } from '../../components/SectionCard'
import { serverErrorField } from '../../components/forms/server-field-error'
import { notifySuccess } from '../../components/notifications'
import { ProgrammeForm } from '../programme/ProgrammeForm'
import { programmeFormFields, programmeToForm } from '../programme/programme-form-values'

/** The active programme's details and goals, saved with `programme.update`. */
export function ProgrammeSettingsCard() {
  const { t } = useTranslation()
  const { active } = useActiveProgramme()
  const programme = useApiQuery('programme.get', { programmeId: active.id })
  const update = useApiMutation('programme.update', {
    onError: (error) => serverErrorField(error, programmeFormFields) !== undefined,
  })

  return (
    <SectionCard
      title={t('settings.programmeHeading')}
      description={t('settings.programmeIntro')}
      testId="settings-programme"
    >
      {programme.data ? (
        <ProgrammeForm
          // A fresh form when another programme is opened or the data changed elsewhere.
          key={`${programme.data.id}:${programme.data.updatedAt}`}
          initialValues={programmeToForm(programme.data)}
          submitLabel={t('programmeForm.save')}
          onSubmit={async (draft) => {
            const outcome = await update.mutate({ programmeId: active.id, ...draft })
            if (!outcome.ok) return outcome.error
            notifySuccess(t('programmeForm.saved'))
            return undefined
          }}
        />
      ) : programme.error ? (
        <ErrorState error={programme.error} onRetry={programme.refresh} />
      ) : (
        <LoadingState />
      )}
    </SectionCard>
  )
}
