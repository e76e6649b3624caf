import { useDroppable } from '@dnd-kit/core'
import { IconPlus } from '@tabler/icons-react'
import { type MouseEvent } from 'react'
import { type SessionListItem } from '../../../../shared/api'
import classes from './Calendar.module.css'
import { SessionChip } from './SessionChip'

interface MonthDayCellProps {
  date: string
  /** "maandag 7 december", for screen readers. */
  label: string
  dayNumber: string
  outside: boolean
  today: boolean
  items: SessionListItem[]
  planLabel: string
  onPlan: (date: string) => void
}

/**
 * One day of the month view: a drop target for sessions; clicking its empty space (or its "+" button)
 * plans a new session on that day.
 */
export function MonthDayCell({
  date,
  label,
  dayNumber,
  outside,
  today,
  items,
  planLabel,
  onPlan,
}: MonthDayCellProps) {
  const { setNodeRef, isOver } = useDroppable({ id: date })
  const className = [
    classes.day,
    outside ? classes.outside : '',
    today ? classes.today : '',
    isOver ? classes.over : '',
  ].join(' ')
  // Only a click on the cell itself plans; clicks on a session open that session.
  const planOnEmpty = (event: MouseEvent<HTMLDivElement>) => {
    if (event.target === event.currentTarget) onPlan(date)
  }
  return (
    <div
      ref={setNodeRef}
      className={className}
      onClick={planOnEmpty}
      data-date={date}
      data-over={isOver ? 'true' : undefined}
      data-testid="calendar-day"
    >
      <div className={classes.dayHead}>
        <span className={classes.dayNumber} aria-hidden>
          {dayNumber}
        </span>
        <button
          type="button"
          className={classes.planButton}
          aria-label={planLabel}
          title={planLabel}
          onClick={() => onPlan(date)}
        >
          <IconPlus size={14} aria-hidden />
        </button>
      </div>
      {items.length > 0 && (
        <ul className={classes.dayList} aria-label={label}>
          {items.map((item) => (
            <li key={item.session.id}>
              <SessionChip item={item} />
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
