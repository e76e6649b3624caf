import { useTranslation } from 'react-i18next'
import classes from './DoorMode.module.css'

/** The keys of door mode, always in view. */
export function KeyHelp() {
  const { t } = useTranslation()
  const keys: Array<[string, string]> = [
    ['1 – 6', t('streets.door.keys.outcome')],
    ['Backspace', t('streets.door.keys.undo')],
    ['→ / ←', t('streets.door.keys.move')],
    ['N', t('streets.door.keys.note')],
    ['S', t('residents.door.key')],
    ['I', t('flow.door.ideaKey')],
    ['Enter', t('streets.door.keys.noteDone')],
  ]
  return (
    <section className={classes.panel} aria-labelledby="door-keys-heading">
      <h2 id="door-keys-heading">{t('streets.door.keys.title')}</h2>
      <dl className={classes.keys}>
        {keys.map(([key, label]) => (
          <div key={key}>
            <dt>{key}</dt>
            <dd>{label}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
