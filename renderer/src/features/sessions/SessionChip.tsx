import { useDraggable } from '@dnd-kit/core'
import { VisuallyHidden } from '@mantine/core'
import { IconArrowForward } from '@tabler/icons-react'
import { type CSSProperties } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { type SessionListItem } from '../../../../shared/api'
import { isPlannedStatus } from '../../../../shared/domain/session-rules'
import classes from './Calendar.module.css'
import { sessionTypeClass, sessionTypeIcons } from './session-type-style'

interface SessionChipProps {
  item: SessionListItem
  /** The copy that follows the pointer while dragging. */
  overlay?: boolean
  /** A taller block in the week view, placed by its times. */
  block?: boolean
  style?: CSSProperties
}

/**
 * One session in the calendar: a link to its page, coloured and iconed by type, struck through when
 * cancelled and marked when moved. Planned sessions can be dragged to another day or slot.
 */
export function SessionChip({ item, overlay, block, style }: SessionChipProps) {
  const { t } = useTranslation()
  const { session } = item
  const movable = isPlannedStatus(session.status) && !overlay
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: overlay ? `overlay-${session.id}` : session.id,
    disabled: !movable,
  })
  const Icon = sessionTypeIcons[session.type]
  const className = [
    classes.chip,
    sessionTypeClass(session.type),
    block ? classes.chipBlock : '',
    session.status === 'geannuleerd' ? classes.cancelled : '',
    isDragging ? classes.dragging : '',
    overlay ? classes.overlay : '',
  ].join(' ')
  const content = (
    <>
      <Icon size={14} aria-hidden className={classes.chipIcon} />
      <span className={classes.chipTime}>{session.startTime}</span>
      <span className={classes.chipTitle}>{session.title}</span>
      {session.status === 'verplaatst' && (
        <IconArrowForward size={14} aria-hidden className={classes.chipIcon} />
      )}
      <VisuallyHidden>
        {`, ${t(`vocabulary.sessionType.${session.type}`)}, ${t('sessions.item.time', { start: session.startTime, end: session.endTime })}, ${t(`vocabulary.sessionStatus.${session.status}`)}`}
      </VisuallyHidden>
    </>
  )
  if (overlay) return <div className={className}>{content}</div>
  // dnd-kit's attributes make it a pressed "button"; as a link it keeps its own role.
  const { role: _role, 'aria-pressed': _pressed, ...dragAttributes } = attributes
  return (
    <Link
      ref={setNodeRef}
      to={`/sessies/${session.id}`}
      // The browser's own link dragging would cancel the pointer drag.
      draggable={false}
      className={className}
      style={style}
      data-testid="calendar-session"
      data-session-id={session.id}
      data-status={session.status}
      data-dragging={isDragging ? 'true' : undefined}
      {...(movable ? { ...dragAttributes, ...listeners } : {})}
    >
      {content}
    </Link>
  )
}
