import { Text } from '@mantine/core'
import { format } from 'date-fns'
import { useTranslation } from 'react-i18next'
import { type Action, type Session } from '../../../../shared/model'
import classes from './SessionPage.module.css'
import { ActionForm } from './ActionForm'
import { fromIsoDate } from './calendar-dates'
import { useDateLocale } from './use-date-locale'
import { type NamedOption } from './use-session-options'

interface SessionFollowUpsProps {
  session: Session
  actions: Action[]
  team: NamedOption[]
  partners: NamedOption[]
  nameOf: (id: string) => string
}

/** The follow-up actions agreed in this session (owner and due date), and a form to add one. */
export function SessionFollowUps({ session, actions, team, partners, nameOf }: SessionFollowUpsProps) {
  const { t } = useTranslation()
  const locale = useDateLocale()
  return (
    <div className={classes.subsection} data-testid="session-actions">
      <h3 className={classes.subheading}>{t('sessions.report.actionsHeading')}</h3>
      {actions.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('sessions.report.noActions')}
        </Text>
      ) : (
        <ul className={classes.plainList}>
          {actions.map((action) => {
            const ownerId = action.ownerTeamMemberId ?? action.ownerPartnerId
            return (
              <li key={action.id}>
                <span className={action.done ? classes.doneText : undefined}>{action.title}</span>
                <span className={classes.meta}>
                  {' · '}
                  {t('sessions.report.actionMeta', {
                    owner: (ownerId && nameOf(ownerId)) || t('sessions.report.noOwner'),
                    due: action.due
                      ? format(fromIsoDate(action.due), 'd MMMM yyyy', { locale })
                      : t('sessions.report.noDue'),
                  })}
                  {action.done && ` · ${t('sessions.report.done')}`}
                </span>
              </li>
            )
          })}
        </ul>
      )}
      <ActionForm session={session} team={team} partners={partners} />
    </div>
  )
}
