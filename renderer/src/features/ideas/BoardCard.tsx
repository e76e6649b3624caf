import { useDraggable } from '@dnd-kit/core'
import { Group, Text } from '@mantine/core'
import { IconGripVertical, IconStar } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { type IdeaListItem } from '../../../../shared/api/methods/ideas'
import classes from './IdeaBoard.module.css'
import { ToneBadge } from './ToneBadge'

/** What a card shows: title, street, support and the signals that need attention. */
export function BoardCardContent({ item }: { item: IdeaListItem }) {
  const { t } = useTranslation()
  return (
    <>
      <Group gap={6} wrap="nowrap" align="flex-start" justify="space-between">
        <Text fw={600} size="sm" lh={1.35}>
          <Link to={`/ideeen/${item.idea.id}`} className={classes.cardLink} draggable={false}>
            {item.idea.title}
          </Link>
        </Text>
        {item.idea.highlighted && (
          <IconStar size={16} aria-label={t('ideas.highlighted')} className={classes.star} />
        )}
      </Group>
      <Text size="xs" c="dimmed" mt={4}>
        {item.streetName ?? t('ideas.noStreet')} · {t('ideas.supporters', { count: item.idea.supporters })}
      </Text>
      {(item.feedbackDue || item.owners.length > 0) && (
        <Group gap={4} mt={6}>
          {item.owners.map((owner) => (
            <ToneBadge tone="violet" key={owner.partnerId} size="xs" variant="outline">
              {owner.partnerName}
            </ToneBadge>
          ))}
          {item.feedbackDue && (
            <ToneBadge tone="orange" size="xs" variant="light">
              {t('ideas.feedbackDue')}
            </ToneBadge>
          )}
        </Group>
      )}
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
