import { format } from 'date-fns'
import { useTranslation } from 'react-i18next'
import { type SessionDetail } from '../../../../shared/api'
import classes from './PrintReport.module.css'
import { fromIsoDate } from './calendar-dates'
import { useDateLocale } from './use-date-locale'

interface PrintReportSheetProps {
  detail: SessionDetail
  programmeName: string
  nameOf: (id: string) => string
}

/**
 * The verslag on one sheet, anonymised: street names at most, ideas by title only, a count of door
 * contacts without their notes, and no residents' names anywhere.
 */
export function PrintReportSheet({ detail, programmeName, nameOf }: PrintReportSheetProps) {
  const { t } = useTranslation()
  const locale = useDateLocale()
  const { session } = detail
  const report = session.report
  const partners = (report?.attendingPartnerIds ?? []).map(nameOf).filter(Boolean)
  const none = t('sessions.print.none')
  return (
    <article className={classes.sheet} data-testid="print-sheet">
      <div className={classes.sheetHead}>
        <p className={classes.kicker}>{t(`vocabulary.sessionType.${session.type}`)}</p>
        <h2 className={classes.sheetTitle}>{session.title}</h2>
        <p className={classes.when}>
          {t('sessions.detail.whenValue', {
            day: format(fromIsoDate(session.date), 'EEEE d MMMM yyyy', { locale }),
            start: session.startTime,
            end: session.endTime,
          })}
          {session.location && ` · ${session.location}`}
        </p>
      </div>
      <dl className={classes.facts}>
        <div>
          <dt>{t('sessions.detail.streets')}</dt>
          <dd>{detail.streetNames.join(', ') || none}</dd>
        </div>
        <div>
          <dt>{t('sessions.detail.team')}</dt>
          <dd>{detail.teamNames.join(', ') || none}</dd>
        </div>
        <div>
          <dt>
            {t(
              session.type === 'deur-aan-deur'
                ? 'sessions.print.doorConversations'
                : 'sessions.print.attendees',
            )}
          </dt>
          <dd>{report ? report.attendees : none}</dd>
        </div>
        <div>
          <dt>{t('sessions.print.partners')}</dt>
          <dd>{partners.join(', ') || none}</dd>
        </div>
        <div>
          <dt>{t('sessions.print.doors')}</dt>
          <dd>{detail.contactCount}</dd>
        </div>
      </dl>
      {session.goal && (
        <section className={classes.block}>
          <h3>{t('sessions.detail.goal')}</h3>
          <p className={classes.prewrap}>{session.goal}</p>
        </section>
      )}
      <section className={classes.block}>
        <h3>{t('sessions.print.notes')}</h3>
        <p className={classes.prewrap}>{report?.notes || none}</p>
      </section>
      <section className={classes.block}>
        <h3>{t('sessions.print.ideas')}</h3>
        {detail.ideas.length === 0 ? (
          <p>{none}</p>
        ) : (
          <ul>
            {detail.ideas.map((idea) => (
              <li key={idea.id}>{idea.title}</li>
            ))}
          </ul>
        )}
      </section>
      <section className={classes.block}>
        <h3>{t('sessions.print.actions')}</h3>
        {detail.actions.length === 0 ? (
          <p>{none}</p>
        ) : (
          <ul>
            {detail.actions.map((action) => {
              const ownerId = action.ownerTeamMemberId ?? action.ownerPartnerId
              return (
                <li key={action.id}>
                  {action.title}
                  {' — '}
                  {t('sessions.report.actionMeta', {
                    owner: (ownerId && nameOf(ownerId)) || t('sessions.report.noOwner'),
                    due: action.due
                      ? format(fromIsoDate(action.due), 'd MMMM yyyy', { locale })
                      : t('sessions.report.noDue'),
                  })}
                </li>
              )
            })}
          </ul>
        )}
      </section>
      <footer className={classes.sheetFoot}>
        <span>{t('sessions.print.anonymous')}</span>
        <span>
          {t('sessions.print.printedOn', {
            date: format(new Date(), 'd MMMM yyyy', { locale }),
            programme: programmeName,
          })}
        </span>
      </footer>
    </article>
  )
}
