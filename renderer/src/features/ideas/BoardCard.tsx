import { useDraggable } from '@dnd-kit/core'
import { Group, Text } from '@mantine/core'
import { IconGripVertical, IconStar } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { type IdeaListItem } from '../../../../shared/api/methods/ideas'
import { dutchHyphens } from '../../../../shared/domain/dutch-hyphens'
import { localToday } from '../../components/local-today'
import { useFormatters } from '../../components/use-formatters'
import classes from './IdeaBoard.module.css'
import { PartnerBadge } from './PartnerBadge'
import { ToneBadge } from './ToneBadge'

/** The open step due first: what, who and when (red when it is overdue). */
function NextStep({ next }: { next: NonNullable<IdeaListItem['nextAction']> }) {
  const { t } = useTranslation()
  const format = useFormatters()
  const overdue = next.due !== undefined && next.due < localToday()
  const when =
    next.due === undefined
      ? undefined
      : overdue
        ? t('ideas.board.nextStepOverdue', { date: format.date(next.due) })
        : format.date(next.due)
  return (
    <div className={classes.nextStep} data-testid="card-next-step">
      <Text size="xs" lang="nl" className={classes.wrapWords}>
        {t('ideas.board.nextStep', { title: next.title })}
      </Text>
      {(next.ownerName !== undefined || when !== undefined) && (
        <Text size="xs" c={overdue ? undefined : 'dimmed'} className={overdue ? classes.overdue : undefined}>
          {[next.ownerName, when].filter(Boolean).join(' · ')}
        </Text>
      )}
    </div>
  )
}

/** What a card shows: title, street, support, the next step and the signals that need attention. */
export function BoardCardContent({ item }: { item: IdeaListItem }) {
  const { t } = useTranslation()
  return (
    <>
      <Group gap={6} wrap="nowrap" align="flex-start" justify="space-between">
        <Text fw={600} size="sm" lh={1.35} lang="nl" className={classes.cardTitle} data-check-words>
          <Link to={`/ideeen/${item.idea.id}`} className={classes.cardLink} draggable={false}>
            {dutchHyphens(item.idea.title)}
          </Link>
        </Text>
        {item.idea.highlighted && (
          <IconStar size={16} aria-label={t('ideas.highlighted')} className={classes.star} />
        )}
      </Group>
      <Text size="xs" c="dimmed" mt={4} className={classes.wrapWords}>
        {item.streetName ?? t('ideas.noStreet')} · {t('ideas.supporters', { count: item.idea.supporters })}
      </Text>
      {(item.feedbackDue || item.owners.length > 0) && (
        <Group gap={4} mt={6}>
          {item.owners.map((owner) => (
            <PartnerBadge key={owner.partnerId} name={owner.partnerName} />
          ))}
          {item.feedbackDue && (
            <ToneBadge tone="orange" size="xs" variant="light">
              {t('ideas.feedbackDue')}
            </ToneBadge>
          )}
        </Group>
      )}
      {item.nextAction && <NextStep next={item.nextAction} />}
    </>
  )
}

/**
 * One idea on the board. The whole card can be dragged with the mouse; the grip button is the
 * keyboard's handle (Space picks the card up) and its title links to the idea's page.
 */
export function BoardCard({ item }: { item: IdeaListItem }) {
  const { t } = useTranslation()
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: item.idea.id,
  })
  return (
    <li
      ref={setNodeRef}
      className={classes.card}
      data-dragging={isDragging || undefined}
      data-testid="board-card"
      data-idea-id={item.idea.id}
      {...listeners}
    >
      <button
        type="button"
        ref={setActivatorNodeRef}
        className={classes.handle}
        {...attributes}
        aria-roledescription={t('ideas.board.roleDescription')}
        aria-label={t('ideas.board.cardLabel', {
          title: item.idea.title,
          status: t(`ideas.statusWord.${item.idea.status}`),
        })}
      >
        <IconGripVertical size={16} aria-hidden />
      </button>
      <div className={classes.cardBody}>
        <BoardCardContent item={item} />
      </div>
    </li>
  )
}
