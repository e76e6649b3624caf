import { useDroppable } from '@dnd-kit/core'
import { Text } from '@mantine/core'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { type IdeaListItem } from '../../../../shared/api/methods/ideas'
import { type IdeaStatus } from '../../../../shared/model/vocabulary'
import { BoardCard } from './BoardCard'
import classes from './IdeaBoard.module.css'

interface BoardColumnProps {
  status: IdeaStatus
  items: IdeaListItem[]
  /** While a card is dragged: whether it may land here (undefined when nothing is dragged). */
  allowed: boolean | undefined
}

/** One status column: a drop target with its ideas. */
export function BoardColumn({ status, items, allowed }: BoardColumnProps) {
  const { t } = useTranslation()
  const headingId = useId()
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
          {items.map((item) => (
            <BoardCard key={item.idea.id} item={item} />
          ))}
        </ul>
      )}
    </section>
  )
}
