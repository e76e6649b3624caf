import { notifications } from '@mantine/notifications'
import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type IdeaStatus } from '../../../../shared/model/vocabulary'
import { useApiMutation } from '../../api/use-api-mutation'
import { type StatusChangeDetails } from './StatusChangeDialog'
import { needsDetails, statusMoveProblem } from './status-rules'
import { useUndoIdeaStep } from './use-undo-idea-step'

/** The idea a status change is asked for. */
export interface StatusChangeSubject {
  id: string
  title: string
  status: IdeaStatus
}

/** State of a pending change for {@link StatusChangeDialog}. */
export interface PendingStatusChange {
  idea: StatusChangeSubject
  targets: IdeaStatus[]
}

/** Shows the refusal of a move in the coach's words (a red notification that stays). */
export function notifyRefusedMove(message: string, title: string): void {
  notifications.show({
    id: `refused-${message}`,
    color: 'red',
    title,
    message,
    autoClose: 8000,
    withBorder: true,
  })
}

/**
 * Status changes from the board and the idea page. `request` refuses an illegal move at once (with
 * the lifecycle's rule), opens the dialog when the target needs partners or a reason, and otherwise
 * saves straight away. `confirm` saves what the dialog collected.
 */
export function useStatusChange() {
  const { t } = useTranslation()
  const [pending, setPending] = useState<PendingStatusChange | undefined>()
  const setStatus = useApiMutation('idea.setStatus')
  const offerUndo = useUndoIdeaStep()

  const save = useCallback(
    async (idea: StatusChangeSubject, details: StatusChangeDetails): Promise<boolean> => {
      const outcome = await setStatus.mutate({ ideaId: idea.id, ...details })
      if (!outcome.ok) return false
      offerUndo(
        idea.id,
        t('ideas.statusChanged', { title: idea.title, status: t(`ideas.statusWord.${details.status}`) }),
      )
      return true
    },
    [offerUndo, setStatus, t],
  )

  const request = useCallback(
    (idea: StatusChangeSubject, to: IdeaStatus): void => {
      if (idea.status === to) return
      const problem = statusMoveProblem(idea.status, to, t)
      if (problem) return notifyRefusedMove(problem, t('ideas.refusedTitle'))
      if (needsDetails(to)) return setPending({ idea, targets: [to] })
      void save(idea, { status: to, note: '' })
    },
    [save, t],
  )

  const choose = useCallback(
    (idea: StatusChangeSubject, targets: IdeaStatus[]) => setPending({ idea, targets }),
    [],
  )

  const confirm = useCallback(
    async (details: StatusChangeDetails) => {
      if (!pending) return
      if (await save(pending.idea, details)) setPending(undefined)
    },
    [pending, save],
  )

  return { pending, request, choose, confirm, cancel: () => setPending(undefined), busy: setStatus.isPending }
}
