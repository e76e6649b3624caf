import { Anchor, Checkbox, Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { type ActionListItem } from '../../../../shared/api/methods/ideas'
import { useApiMutation } from '../../api/use-api-mutation'
import { notifySuccess } from '../../components/notifications'
import { useFormatters } from '../../components/use-formatters'
import classes from './Actions.module.css'
import { ToneBadge } from '../ideas/ToneBadge'

interface ActionListProps {
  items: ActionListItem[]
  /** Show the idea or session each action belongs to (the overall list). */
  showLink?: boolean
  emptyText: string
}

/** Follow-ups with a tick box to mark them done; overdue ones are marked red. */
export function ActionList({ items, showLink, emptyText }: ActionListProps) {
  const { t } = useTranslation()
  const format = useFormatters()
  const update = useApiMutation('action.update')
  const toggle = async (item: ActionListItem, done: boolean) => {
    const outcome = await update.mutate({ actionId: item.action.id, done })
    if (outcome.ok) notifySuccess(done ? t('ideas.actions.doneSaved') : t('ideas.actions.reopened'))
  }
  if (items.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {emptyText}
      </Text>
    )
  return (
    <ul className={classes.list} data-testid="action-list">
      {items.map((item) => {
        const { action } = item
        const overdue = item.overdue && !action.done
        return (
          <li
            key={action.id}
            className={classes.item}
            data-overdue={overdue || undefined}
            data-done={action.done || undefined}
            data-testid="action-item"
          >
            <Checkbox
              checked={action.done}
              onChange={(event) => void toggle(item, event.currentTarget.checked)}
              aria-label={t('ideas.actions.markDone', { title: action.title })}
              mt={2}
            />
            <div className={classes.body}>
              <Text size="sm" fw={600} td={action.done ? 'line-through' : undefined}>
                {action.title}
              </Text>
              <Group gap={6} mt={2}>
                {overdue && (
                  <ToneBadge tone="red" variant="light" size="xs">
                    {t('ideas.actions.overdue')}
                  </ToneBadge>
                )}
                <Text size="xs" c={overdue ? 'red.9' : 'dimmed'}>
                  {action.due
                    ? t('ideas.actions.dueOn', { date: format.date(action.due) })
                    : t('ideas.actions.noDue')}
                  {item.ownerName ? ` · ${item.ownerName}` : ''}
                </Text>
              </Group>
              {showLink && action.ideaId && item.ideaTitle && (
                <Text size="xs" mt={2}>
                  <Anchor component={Link} to={`/ideeen/${action.ideaId}`} size="xs">
                    {t('ideas.actions.forIdea', { title: item.ideaTitle })}
                  </Anchor>
                </Text>
              )}
              {showLink && !action.ideaId && item.sessionTitle && (
                <Text size="xs" mt={2} c="dimmed">
                  {t('ideas.actions.forSession', { title: item.sessionTitle })}
                </Text>
              )}
            </div>
          </li>
        )
      })}
    </ul>
  )
}
