import { VisuallyHidden } from '@mantine/core'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { type AddressListItem } from '../../../../../shared/api/methods/streets'
import { type ContactOutcome } from '../../../../../shared/model/vocabulary'
import classes from './DoorMode.module.css'

interface RoundListProps {
  addresses: readonly AddressListItem[]
  outcomes: Readonly<Record<string, ContactOutcome>>
  current: number
  onSelect: (index: number) => void
}

/** The whole round at a glance: every address, a coloured dot once recorded; a click jumps to it. */
export function RoundList({ addresses, outcomes, current, onSelect }: RoundListProps) {
  const { t } = useTranslation()
  const listRef = useRef<HTMLOListElement>(null)
  // Keep the current address in view inside the list (never scrolls the page itself).
  useEffect(() => {
    const list = listRef.current
    const item = list?.querySelector<HTMLElement>('[aria-current="true"]')
    if (!list || !item) return
    const top = item.offsetTop
    if (top < list.scrollTop || top + item.offsetHeight > list.scrollTop + list.clientHeight) {
      list.scrollTop = top - list.clientHeight / 2
    }
  }, [current])
  return (
    <section className={classes.panel} aria-labelledby="round-list-heading">
      <h2 id="round-list-heading">{t('streets.door.listTitle')}</h2>
      <ol className={classes.list} ref={listRef}>
        {addresses.map((item, index) => {
          const outcome = outcomes[item.address.id]
          return (
            <li key={item.address.id}>
              <button
                type="button"
                className={`${classes.listButton} ${outcome ? classes[outcome] : ''}`}
                aria-current={index === current ? 'true' : undefined}
                onClick={() => onSelect(index)}
              >
                <span className="app-tabular">{item.label}</span>
                <span className={classes.listDot} aria-hidden />
                {outcome && <VisuallyHidden>{t(`vocabulary.contactOutcome.${outcome}`)}</VisuallyHidden>}
              </button>
            </li>
          )
        })}
      </ol>
    </section>
  )
}
