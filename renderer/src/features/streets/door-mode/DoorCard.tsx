import { Button, Text, TextInput } from '@mantine/core'
import { IconArrowLeft, IconArrowRight } from '@tabler/icons-react'
import { type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { type AddressListItem } from '../../../../../shared/api/methods/streets'
import { type ContactOutcome } from '../../../../../shared/model/vocabulary'
import { useFormatters } from '../../../components/use-formatters'
import { OutcomeBadge } from '../OutcomeBadge'
import classes from './DoorMode.module.css'
import { OutcomeButtons } from './OutcomeButtons'

interface DoorCardProps {
  item: AddressListItem
  streetName: string
  index: number
  total: number
  /** What was recorded for this address in this round, if anything. */
  recorded: ContactOutcome | undefined
  note: string
  noteRef: RefObject<HTMLInputElement | null>
  onNoteChange: (note: string) => void
  /** Leaves the note field for the keys again (Enter or Escape). */
  onNoteDone: () => void
  onRecord: (outcome: ContactOutcome) => void
  onPrevious: () => void
  onNext: () => void
}

/**
 * One front door, big: the address, what happened before, the six outcome buttons and a quick note.
 * Compact enough that all of it, with the buttons to move on, is in view on a 1366×768 laptop.
 */
export function DoorCard(props: DoorCardProps) {
  const { item, streetName, index, total, recorded, note, noteRef } = props
  const { t } = useTranslation()
  const format = useFormatters()
  return (
    <div className={classes.card} data-testid="door-card" data-label={item.label}>
      <div>
        <div className={classes.cardTop}>
          <div className={classes.position}>{t('streets.door.position', { current: index + 1, total })}</div>
          <div className={classes.navRow}>
            <Button
              size="compact-sm"
              variant="subtle"
              leftSection={<IconArrowLeft size={16} aria-hidden />}
              onClick={props.onPrevious}
              disabled={index === 0}
            >
              {t('streets.door.previous')}
            </Button>
            <Button
              size="compact-sm"
              variant="subtle"
              rightSection={<IconArrowRight size={16} aria-hidden />}
              onClick={props.onNext}
            >
              {t('streets.door.skip')}
            </Button>
          </div>
        </div>
        <p className={classes.address} data-testid="door-address">
          {streetName} {item.label}
        </p>
        <div className={classes.meta}>
          {item.address.postcode !== '' && <span>{item.address.postcode}</span>}
          {item.latest ? (
            <>
              <span>{t('streets.door.previously')}</span>
              <OutcomeBadge outcome={item.latest.outcome} />
              <span>{format.date(item.latest.date)}</span>
            </>
          ) : (
            <span>{t('streets.door.firstVisit')}</span>
          )}
          {recorded && (
            <>
              <span>· {t('streets.door.thisRound')}</span>
              <OutcomeBadge outcome={recorded} />
            </>
          )}
        </div>
        {item.address.householdNote !== '' && (
          <Text size="sm" mt="xs">
            {item.address.householdNote}
          </Text>
        )}
      </div>
      <OutcomeButtons onRecord={props.onRecord} disabled={false} />
      <TextInput
        ref={noteRef}
        label={t('streets.door.note')}
        placeholder={t('streets.door.noteHint')}
        value={note}
        maxLength={2000}
        onChange={(event) => props.onNoteChange(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' || event.key === 'Escape') {
            event.preventDefault()
            props.onNoteDone()
          }
        }}
        autoComplete="off"
      />
    </div>
  )
}
