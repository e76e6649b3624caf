import { useTranslation } from 'react-i18next'
import { type ContactOutcome } from '../../../../../shared/model/vocabulary'
import { doorOutcomes } from '../door-outcomes'
import classes from './DoorMode.module.css'

/** The six outcome buttons, each with its key (1–6) shown on it. */
export function OutcomeButtons({
  onRecord,
  disabled,
}: {
  onRecord: (outcome: ContactOutcome) => void
  disabled: boolean
}) {
  const { t } = useTranslation()
  return (
    <div className={classes.buttons} role="group" aria-label={t('streets.door.outcomesLabel')}>
      {doorOutcomes.map(({ outcome, key }) => (
        <button
          key={outcome}
          type="button"
          className={`${classes.outcomeButton} ${classes[outcome]}`}
          onClick={() => onRecord(outcome)}
          disabled={disabled}
          aria-keyshortcuts={key}
          data-testid={`door-outcome-${outcome}`}
        >
          <kbd className={classes.key} aria-hidden>
            {key}
          </kbd>
          {t(`vocabulary.contactOutcome.${outcome}`)}
        </button>
      ))}
    </div>
  )
}
