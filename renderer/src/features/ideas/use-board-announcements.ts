import { type Announcements } from '@dnd-kit/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { type IdeaStatus } from '../../../../shared/model/vocabulary'

/** Dutch (or English) screen-reader messages while a card is dragged on the board. */
export function useBoardAnnouncements(
  titleOf: (id: string) => string,
  statusOf: (id: string) => IdeaStatus | undefined,
): Announcements {
  const { t } = useTranslation()
  return useMemo(() => {
    const word = (status: IdeaStatus | undefined) => (status ? t(`ideas.statusWord.${status}`) : '')
    return {
      onDragStart: ({ active }) =>
        t('ideas.board.pickedUp', {
          title: titleOf(String(active.id)),
          status: word(statusOf(String(active.id))),
        }),
      onDragOver: ({ active, over }) =>
        over
          ? t('ideas.board.over', { title: titleOf(String(active.id)), status: word(over.id as IdeaStatus) })
          : t('ideas.board.overNone', { title: titleOf(String(active.id)) }),
      onDragEnd: ({ active, over }) =>
        over
          ? t('ideas.board.dropped', {
              title: titleOf(String(active.id)),
              status: word(over.id as IdeaStatus),
            })
          : t('ideas.board.droppedNone', { title: titleOf(String(active.id)) }),
      onDragCancel: ({ active }) =>
        t('ideas.board.cancelled', {
          title: titleOf(String(active.id)),
          status: word(statusOf(String(active.id))),
        }),
    }
  }, [t, titleOf, statusOf])
}
