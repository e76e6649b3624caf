import { IconArrowForward } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { sessionTypes } from '../../../../shared/model'
import classes from './Calendar.module.css'
import { sessionTypeClass, sessionTypeIcons } from './session-type-style'

/** What the colours and icons of the calendar mean: one swatch per kind of session, and the status marks. */
export function TypeLegend() {
  const { t } = useTranslation()
  return (
    <section className={classes.legend} aria-label={t('sessions.legend.title')}>
      <ul className={classes.legendList}>
        {sessionTypes.map((type) => {
          const Icon = sessionTypeIcons[type]
          return (
            <li key={type} className={`${classes.legendItem} ${sessionTypeClass(type)}`}>
              <span className={classes.legendSwatch}>
                <Icon size={14} aria-hidden />
              </span>
              {t(`vocabulary.sessionType.${type}`)}
            </li>
          )
        })}
        <li className={classes.legendItem}>
          <span className={classes.legendStrike} aria-hidden>
            abc
          </span>
          {t('sessions.legend.cancelled')}
        </li>
        <li className={classes.legendItem}>
          <IconArrowForward size={14} aria-hidden />
          {t('sessions.legend.moved')}
        </li>
      </ul>
    </section>
  )
}
