import {
  type CollisionDetection,
  DndContext,
  type DragEndEvent,
  DragOverlay,
  type DragStartEvent,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  pointerWithin,
  useSensor,
  useSensors,
} from '@dnd-kit/core'
import { Text } from '@mantine/core'
import { useCallback, useDeferredValue, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ideaMainLine } from '../../../../shared/domain/idea-lifecycle'
import { type IdeaListItem } from '../../../../shared/api/methods/ideas'
import { type IdeaStatus } from '../../../../shared/model/vocabulary'
import { BoardCardContent } from './BoardCard'
import { BoardColumn } from './BoardColumn'
import { columnCoordinates } from './board-keyboard'
import classes from './IdeaBoard.module.css'
import { StatusChangeDialog } from './StatusChangeDialog'
import { manualTargets } from './status-rules'
import { useBoardAnnouncements } from './use-board-announcements'
import { IdeaTableFilters } from './IdeaTableFilters'
import { type IdeaTableFilter, emptyIdeaFilter, filterIdeas } from './idea-table-filter'
import { type IdeaLookups } from './use-idea-lookups'
import { useStatusChange } from './use-status-change'

const sideExits: readonly IdeaStatus[] = ['geparkeerd', 'niet-haalbaar']

// The pointer decides where a mouse drop lands; the keyboard (no pointer) uses the nearest column.
const collisions: CollisionDetection = (args) => {
  const byPointer = pointerWithin(args)
  return byPointer.length > 0 ? byPointer : closestCenter(args)
}

interface IdeaBoardProps {
  items: IdeaListItem[]
  lookups: IdeaLookups
}

/**
 * The status board: a column per status of the main line and the side exits. A card is moved with
 * the mouse or the keyboard; a move the lifecycle does not allow is refused before anything is sent.
 */
export function IdeaBoard({ items: allItems, lookups }: IdeaBoardProps) {
  const { t } = useTranslation()
  const partners = lookups.partners
  const [filter, setFilter] = useState<IdeaTableFilter>(emptyIdeaFilter)
  const deferredFilter = useDeferredValue(filter)
  const items = useMemo(() => filterIdeas(allItems, deferredFilter), [allItems, deferredFilter])
  const [activeId, setActiveId] = useState<string | undefined>()
  // The card moved last stays in view in its new column, also when it sorts below the cards shown.
  const [movedId, setMovedId] = useState<string | undefined>()
  const change = useStatusChange()
  const byId = useMemo(() => new Map(items.map((item) => [item.idea.id, item])), [items])
  const columns = useMemo(() => {
    const grouped = new Map<IdeaStatus, IdeaListItem[]>()
    for (const item of items) {
      const column = grouped.get(item.idea.status)
      if (column) column.push(item)
      else grouped.set(item.idea.status, [item])
    }
    return grouped
  }, [items])
  const titleOf = useCallback((id: string) => byId.get(id)?.idea.title ?? '', [byId])
  const statusOf = useCallback((id: string) => byId.get(id)?.idea.status, [byId])
  const announcements = useBoardAnnouncements(titleOf, statusOf)
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnCoordinates }),
  )
  const active = activeId ? byId.get(activeId) : undefined
  const allowedTargets = active ? manualTargets(active.idea.status) : undefined
  const allowed = (status: IdeaStatus) =>
    allowedTargets === undefined || active === undefined
      ? undefined
      : status === active.idea.status || allowedTargets.includes(status)

  const onDragStart = (event: DragStartEvent) => setActiveId(String(event.active.id))
  const onDragEnd = (event: DragEndEvent) => {
    setActiveId(undefined)
    const item = byId.get(String(event.active.id))
    if (!item || !event.over) return
    setMovedId(item.idea.id)
    change.request(
      { id: item.idea.id, title: item.idea.title, status: item.idea.status },
      event.over.id as IdeaStatus,
    )
  }
  const merged = columns.get('samengevoegd')?.length ?? 0

  return (
    <div>
      <IdeaTableFilters
        filter={filter}
        onChange={setFilter}
        lookups={lookups}
        onClear={() => setFilter(emptyIdeaFilter)}
        scope="board"
      />
      {items.length < allItems.length && (
        <Text size="sm" fw={500} mb="xs" role="status" data-testid="board-count">
          {t('ideas.table.shown', { shown: items.length, total: allItems.length })}
        </Text>
      )}
      <Text size="sm" c="dimmed" mb="md" id="board-help">
        {t('ideas.board.help')}
      </Text>
      <DndContext
        sensors={sensors}
        collisionDetection={collisions}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragCancel={() => setActiveId(undefined)}
        accessibility={{
          announcements,
          screenReaderInstructions: { draggable: t('ideas.board.instructions') },
        }}
      >
        <div
          className={classes.board}
          role="region"
          aria-label={t('ideas.board.label')}
          data-dragging={active ? true : undefined}
        >
          <div className={classes.mainLine}>
            {ideaMainLine.map((status) => (
              <BoardColumn
                key={status}
                status={status}
                items={columns.get(status) ?? []}
                allowed={allowed(status)}
                keepInView={movedId}
              />
            ))}
          </div>
          <h3 className={classes.sideHeading}>{t('ideas.board.sideExits')}</h3>
          <div className={classes.sideExits}>
            {sideExits.map((status) => (
              <BoardColumn
                key={status}
                status={status}
                items={columns.get(status) ?? []}
                allowed={allowed(status)}
                keepInView={movedId}
              />
            ))}
          </div>
        </div>
        <DragOverlay dropAnimation={null}>
          {active ? (
            <div className={classes.overlay}>
              <BoardCardContent item={active} />
            </div>
          ) : null}
        </DragOverlay>
      </DndContext>
      {merged > 0 && (
        <Text size="sm" c="dimmed" mt="md" data-testid="board-merged" data-count={merged}>
          {t('ideas.board.merged', { count: merged })}
        </Text>
      )}
      <StatusChangeDialog
        opened={change.pending !== undefined}
        ideaTitle={change.pending?.idea.title ?? ''}
        targets={change.pending?.targets ?? []}
        partners={partners}
        busy={change.busy}
        onConfirm={(details) => void change.confirm(details)}
        onCancel={change.cancel}
      />
    </div>
  )
}
