import { useTranslation } from 'react-i18next'
import { type ContactOutcome } from '../../../../shared/model/vocabulary'
import classes from './Outcome.module.css'

/**
 * A door outcome as a calm pill with a coloured dot (dark text on a pale background, so the contrast
 * stays high); without an outcome it reads "nog niet geweest".
 */
export function OutcomeBadge({ outcome }: { outcome: ContactOutcome | undefined }) {
  const { t } = useTranslation()
  if (outcome === undefined) {
    return <span className={`${classes.badge} ${classes.none}`}>{t('streets.outcome.none')}</span>
  }
  return (
    <span className={`${classes.badge} ${classes[outcome]}`} data-outcome={outcome}>
      <span className={classes.dot} aria-hidden />
      {t(`vocabulary.contactOutcome.${outcome}`)}
    </span>
  )
}
