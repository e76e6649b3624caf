import { type ReactNode, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { useApiMutation } from '../../api/use-api-mutation'
import { serverErrorField } from '../../components/forms/server-field-error'
import { notifySuccess } from '../../components/notifications'
import { type StarterPartnerKind, starterPartnerKinds } from '../../../../shared/domain/starter-partners'
import { ProgrammeForm } from './ProgrammeForm'
import { StarterPartnersField } from './StarterPartnersField'
import { emptyProgrammeForm, programmeFormFields } from './programme-form-values'

/**
 * The new-programme form wired to `programme.create`, with the usual partners ticked. The new
 * programme becomes the active one; the coach lands on its dashboard.
 */
export function CreateProgrammeForm({ secondaryActions }: { secondaryActions?: ReactNode }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [starterPartners, setStarterPartners] = useState<StarterPartnerKind[]>([...starterPartnerKinds])
  const create = useApiMutation('programme.create', {
    // Field errors are shown beside the field; anything else as a notification.
    onError: (error) => serverErrorField(error, programmeFormFields) !== undefined,
  })

  return (
    <ProgrammeForm
      initialValues={emptyProgrammeForm()}
      submitLabel={t('programmeForm.create')}
      secondaryActions={secondaryActions}
      extraFields={<StarterPartnersField value={starterPartners} onChange={setStarterPartners} />}
      onSubmit={async (draft) => {
        const outcome = await create.mutate({ ...draft, starterPartners })
        if (!outcome.ok) return outcome.error
        notifySuccess(t('programmeForm.created', { name: outcome.value.name }))
        void navigate('/')
        return undefined
      }}
    />
  )
}
