import { Modal } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { type Idea } from '../../../../shared/model/idea'
import { useApiMutation } from '../../api/use-api-mutation'
import { useActiveProgramme } from '../../app/active-programme-context'
import { notifySuccess } from '../../components/notifications'
import { IdeaForm } from './IdeaForm'
import { type IdeaFormValues, emptyIdeaForm, ideaToForm } from './idea-form-values'
import { type IdeaLookups } from './use-idea-lookups'

interface IdeaFormModalProps {
  opened: boolean
  onClose: () => void
  lookups: IdeaLookups
  /** The idea to edit; without it a new idea is captured. */
  idea?: Idea
}

/** The capture form in a dialog: a new idea (then its page opens) or changes to an existing one. */
export function IdeaFormModal({ opened, onClose, lookups, idea }: IdeaFormModalProps) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { active } = useActiveProgramme()
  const handled = {
    onError: (error: { field?: string; code: string }) =>
      error.code === 'VALIDATION_FAILED' && error.field !== undefined,
  }
  const create = useApiMutation('idea.create', handled)
  const update = useApiMutation('idea.update', handled)

  const save = async (values: IdeaFormValues) => {
    const initiators = values.initiators.map(({ pseudonym, name }) => ({
      pseudonym: pseudonym.trim(),
      name: name.trim(),
    }))
    const fields = {
      title: values.title,
      description: values.description,
      themes: values.themes,
      ingredients: values.ingredients,
      scope: values.scope,
      initiators,
      supporters: values.supporters,
      needs: values.needs,
    }
    if (idea) {
      const outcome = await update.mutate({
        ideaId: idea.id,
        ...fields,
        streetId: values.streetId,
        addressId: values.addressId,
        sessionId: values.sessionId,
        ...(values.collectedOn ? { collectedOn: values.collectedOn } : {}),
      })
      if (!outcome.ok) return { field: outcome.error.field, message: outcome.error.message }
      notifySuccess(t('ideas.saved'))
      onClose()
      return undefined
    }
    const outcome = await create.mutate({
      programmeId: active.id,
      ...fields,
      ...(values.streetId ? { streetId: values.streetId } : {}),
      ...(values.addressId ? { addressId: values.addressId } : {}),
      ...(values.sessionId ? { sessionId: values.sessionId } : {}),
      ...(values.collectedOn ? { collectedOn: values.collectedOn } : {}),
    })
    if (!outcome.ok) return { field: outcome.error.field, message: outcome.error.message }
    notifySuccess(t('ideas.created', { title: outcome.value.title }))
    onClose()
    void navigate(`/ideeen/${outcome.value.id}`)
    return undefined
  }

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={idea ? t('ideas.form.editTitle') : t('ideas.form.newTitle')}
      size="xl"
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {opened && (
        <IdeaForm
          initialValues={idea ? ideaToForm(idea) : emptyIdeaForm()}
          lookups={lookups}
          submitLabel={idea ? t('ideas.form.save') : t('ideas.form.create')}
          onSubmit={save}
          onCancel={onClose}
        />
      )}
    </Modal>
  )
}
