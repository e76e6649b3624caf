import { Anchor, Text } from '@mantine/core'
import { IconDoorEnter } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { type SessionDetail } from '../../../../shared/api'
import classes from './SessionPage.module.css'

/**
 * How many door outcomes were recorded in this session and, for a round, its conversations at the door
 * as the print and the reports count them; with a link to the door mode of each street.
 */
export function SessionDoors({ detail }: { detail: SessionDetail }) {
  const { t } = useTranslation()
  const { session } = detail
  return (
    <div className={classes.subsection} data-testid="session-doors">
      <h3 className={classes.subheading}>{t('sessions.report.doorsHeading')}</h3>
      <Text size="sm">{t('sessions.report.doorsCount', { count: detail.contactCount })}</Text>
      {session.type === 'deur-aan-deur' && (
        <Text size="sm" fw={600} data-testid="session-turnout">
          {t('sessions.report.turnout', { count: detail.turnout })}
        </Text>
      )}
      {session.streetIds.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('sessions.report.noStreets')}
        </Text>
      ) : (
        <ul className={classes.plainList}>
          {session.streetIds.map((streetId, index) => (
            <li key={streetId}>
              <Anchor
                component={Link}
                to={`/straten/${streetId}/ronde?sessie=${session.id}`}
                className={classes.iconLink}
              >
                <IconDoorEnter size={16} aria-hidden />
                {t('sessions.report.doorsLink', { street: detail.streetNames[index] ?? '' })}
              </Anchor>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
