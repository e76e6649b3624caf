import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { useApiMutation } from '../../api/use-api-mutation'
import { notifySuccess } from '../../components/notifications'
import { notifyWithUndo } from '../streets/notify-undo'

/**
 * Confirms a status change or a partner's answer with "Ongedaan maken" for a few seconds (as door
 * mode does); undoing returns the idea to how it was before that step.
 */
export function useUndoIdeaStep(): (ideaId: string, message: string) => void {
  const { t } = useTranslation()
  const undo = useApiMutation('idea.undoLastStep')
  return useCallback(
    (ideaId: string, message: string) =>
      notifyWithUndo(message, () => {
        void undo.mutate({ ideaId }).then((outcome) => {
          if (outcome.ok) notifySuccess(t('flow.partner.undone', { title: outcome.value.title }))
        })
      }),
    [t, undo],
  )
}
