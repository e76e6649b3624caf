import { useDroppable } from '@dnd-kit/core'
import classes from './Calendar.module.css'
import { dropTargetId } from './drop-target-id'

interface HourSlotProps {
  date: string
  time: string
  label: string
  onPlan: (date: string, time: string) => void
}

/** One hour of one day in the week view: click to plan a session there; a drop target for sessions. */
export function HourSlot({ date, time, label, onPlan }: HourSlotProps) {
  const { setNodeRef, isOver } = useDroppable({ id: dropTargetId({ date, time }) })
  return (
    <button
      ref={setNodeRef}
      type="button"
      // Seven days of hours would be a hundred tab stops; "Nieuwe sessie" serves the keyboard.
      tabIndex={-1}
      className={`${classes.slot} ${isOver ? classes.over : ''}`}
      aria-label={label}
      title={label}
      onClick={() => onPlan(date, time)}
      data-slot={`${date}@${time}`}
    />
  )
}
