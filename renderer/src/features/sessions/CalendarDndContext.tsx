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
import { format } from 'date-fns'
import { type ReactNode, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type SessionListItem } from '../../../../shared/api'
import { fromIsoDate } from './calendar-dates'
import { calendarKeyboardCoordinates } from './calendar-keyboard-coordinates'
import { parseDropTargetId } from './drop-target-id'
import { SessionChip } from './SessionChip'
import { useDateLocale } from './use-date-locale'
import { useReschedule } from './use-reschedule'

const collision: CollisionDetection = (args) =>
  args.pointerCoordinates ? pointerWithin(args) : closestCenter(args)

/**
 * Lets sessions be dragged to another day or slot, with the mouse or the keyboard (space to pick up,
 * arrows to move, space to drop, Escape to cancel), announcing each step in the coach's language.
 */
export function CalendarDndContext({ items, children }: { items: SessionListItem[]; children: ReactNode }) {
  const { t } = useTranslation()
  const locale = useDateLocale()
  const reschedule = useReschedule()
  const [dragged, setDragged] = useState<SessionListItem | undefined>(undefined)
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter: calendarKeyboardCoordinates,
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
    }),
  )
  const find = (id: string | number) => items.find((item) => item.session.id === id)
  const titleOf = (id: string | number) => find(id)?.session.title ?? ''
  const dayOf = (id: string | number | undefined) => {
    const target = id === undefined ? undefined : parseDropTargetId(id)
    if (!target) return ''
    const day = format(fromIsoDate(target.date), 'EEEE d MMMM', { locale })
    return target.time ? `${day} ${target.time}` : day
  }

  const onDragStart = (event: DragStartEvent) => setDragged(find(event.active.id))
  const onDragEnd = (event: DragEndEvent) => {
    setDragged(undefined)
    const item = find(event.active.id)
    const target = event.over ? parseDropTargetId(event.over.id) : undefined
    if (item && target) void reschedule(item, target)
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collision}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDragged(undefined)}
      autoScroll={{ threshold: { x: 0, y: 0.06 } }}
      accessibility={{
        screenReaderInstructions: { draggable: t('sessions.calendar.dragHint') },
        announcements: {
          onDragStart: ({ active }) => t('sessions.calendar.dragStart', { title: titleOf(active.id) }),
          onDragOver: ({ over }) =>
            over ? t('sessions.calendar.dragOver', { day: dayOf(over.id) }) : undefined,
          onDragEnd: ({ active, over }) =>
            over
              ? t('sessions.calendar.dragEnd', { title: titleOf(active.id), day: dayOf(over.id) })
              : t('sessions.calendar.dragCancel'),
          onDragCancel: () => t('sessions.calendar.dragCancel'),
        },
      }}
    >
      {children}
      <DragOverlay dropAnimation={null}>
        {dragged ? <SessionChip item={dragged} overlay /> : null}
      </DragOverlay>
    </DndContext>
  )
}
