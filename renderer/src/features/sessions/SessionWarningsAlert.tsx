import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { type SessionWarning } from '../../../../shared/domain/session-conflicts'
import classes from './SessionForm.module.css'

/** Warnings about a session (double booking, street done); they never block saving. */
export function SessionWarningsAlert({ warnings }: { warnings: SessionWarning[] }) {
  const { t } = useTranslation()
  return (
    <div aria-live="polite" data-testid="session-warnings">
      {warnings.length > 0 && (
        <div className={classes.warningBox}>
          <IconAlertTriangle size={20} aria-hidden className={classes.warningIcon} />
          <div>
            <p className={classes.warningTitle}>{t('sessions.warnings.title')}</p>
            <ul className={classes.warningList}>
              {warnings.map((warning) => (
                <li key={`${warning.kind}-${warning.refId}`}>{warning.message}</li>
              ))}
            </ul>
            <p className={classes.warningHint}>{t('sessions.warnings.intro')}</p>
          </div>
        </div>
      )}
    </div>
  )
}
