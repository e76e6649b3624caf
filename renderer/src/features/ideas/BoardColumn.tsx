import { useDroppable } from '@dnd-kit/core'
import { Text } from '@mantine/core'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { type IdeaListItem } from '../../../../shared/api/methods/ideas'
import { type IdeaStatus } from '../../../../shared/model/vocabulary'
import { ShowMoreButton, useShowMore } from '../../components/ShowMore'
import { BoardCard } from './BoardCard'
import classes from './IdeaBoard.module.css'

interface BoardColumnProps {
  status: IdeaStatus
  items: IdeaListItem[]
  /** While a card is dragged: whether it may land here (undefined when nothing is dragged). */
  allowed: boolean | undefined
  /** An idea to show even when it sorts below the cards shown (the card just moved here). */
  keepInView?: string | undefined
}

/** Cards shown at first, and added per "show more": a column of hundreds stays quick to open. */
export const BOARD_PAGE_SIZE = 50

/** One status column: a drop target with its ideas, the first {@link BOARD_PAGE_SIZE} at first. */
export function BoardColumn({ status, items, allowed, keepInView }: BoardColumnProps) {
  const { t } = useTranslation()
  const headingId = useId()
  const page = useShowMore(items, BOARD_PAGE_SIZE, (item) => item.idea.id === keepInView)
  const { setNodeRef, isOver } = useDroppable({ id: status })
  return (
    <section
      ref={setNodeRef}
      className={classes.column}
      aria-labelledby={headingId}
      data-testid={`board-column-${status}`}
      data-over={isOver || undefined}
      data-allowed={allowed === undefined ? undefined : String(allowed)}
    >
      <header className={classes.columnHeader}>
        <h3 id={headingId} className={classes.columnTitle}>
          {t(`vocabulary.ideaStatus.${status}`)}
        </h3>
        <span className={classes.columnCount} data-testid="column-count">
          {items.length}
        </span>
      </header>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed" className={classes.empty}>
          {t('ideas.board.empty')}
        </Text>
      ) : (
        <ul className={classes.cards}>
          {page.shown.map((item) => (
            <BoardCard key={item.idea.id} item={item} />
          ))}
        </ul>
      )}
      <ShowMoreButton state={page} testId="board-show-more" />
    </section>
  )
}
