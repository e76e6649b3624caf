import { useTranslation } from 'react-i18next'
import { type SessionStatus } from '../../../../shared/model'
import classes from './SessionStatusBadge.module.css'

/** A session's status as a small label (own colours, dark enough on their tints for WCAG AA). */
export function SessionStatusBadge({ status }: { status: SessionStatus }) {
  const { t } = useTranslation()
  return (
    <span className={`${classes.badge} ${classes[status] ?? ''}`} data-testid="session-status">
      {t(`vocabulary.sessionStatus.${status}`)}
    </span>
  )
}

/** A small orange-edged label, e.g. "Verslag nog maken". */
export function NoteBadge({ children }: { children: string }) {
  return <span className={`${classes.badge} ${classes.note}`}>{children}</span>
}
