import { Anchor } from '@mantine/core'
import { IconBulb } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { type DoorIdeaSaved } from './DoorIdea'
import classes from './DoorMode.module.css'

/**
 * The idea last noted at a door, in the round: what it is and where, with a link to its page. It stays
 * until the next idea, so the coach can open it after the round; the round goes on until it is clicked.
 */
export function DoorIdeaNoted({ idea }: { idea: DoorIdeaSaved }) {
  const { t } = useTranslation()
  return (
    <div className={classes.ideaNoted} data-testid="door-idea-noted">
      <IconBulb size={16} aria-hidden className={classes.ideaNotedIcon} />
      <div>
        <span>{t('flow.door.ideaNoted', { title: idea.title, address: idea.address })}</span>{' '}
        <Anchor component={Link} to={`/ideeen/${idea.id}`} size="sm" fw={600}>
          {t('flow.door.ideaOpen')}
        </Anchor>
      </div>
    </div>
  )
}
