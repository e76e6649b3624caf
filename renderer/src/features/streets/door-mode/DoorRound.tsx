import { Button, Progress, Text, VisuallyHidden } from '@mantine/core'
import { IconArrowBackUp } from '@tabler/icons-react'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type AddressListItem } from '../../../../../shared/api/methods/streets'
import { type ContactOutcome } from '../../../../../shared/model/vocabulary'
import { DateField } from '../../../components/forms/DateField'
import { localToday } from '../../../components/local-today'
import { OutcomeBadge } from '../OutcomeBadge'
import { useQuickAddPlace } from '../../quick-add/quick-add-place'
import { DoorCard } from './DoorCard'
import { DoorIdea, type IdeaDoor } from './DoorIdea'
import { DoorSignal } from './DoorSignal'
import classes from './DoorMode.module.css'
import { KeyHelp } from './KeyHelp'
import { RoundDone } from './RoundDone'
import { RoundList } from './RoundList'
import { useDoorKeys } from './use-door-keys'
import { useDoorRound } from './use-door-round'

interface DoorRoundProps {
  streetId: string
  streetName: string
  addresses: readonly AddressListItem[]
  sessionId: string | undefined
  /** The session's title, for where a quick idea is saved. */
  sessionTitle: string | undefined
}

/**
 * A round through the street's addresses: one card per door, one key per outcome, straight on to the
 * next door. Focus stays on the round (or goes to the "klaar" heading at the end), so the keys keep
 * working without ever reaching for the mouse.
 */
export function DoorRound(props: DoorRoundProps) {
  const { streetId, streetName, addresses, sessionId, sessionTitle } = props
  const { t } = useTranslation()
  const [date, setDate] = useState(localToday())
  const [note, setNote] = useState('')
  const noteRef = useRef<HTMLInputElement>(null)
  const noteValue = useRef('')
  const roundRef = useRef<HTMLElement>(null)
  const doneRef = useRef<HTMLHeadingElement>(null)
  const [announcement, setAnnouncement] = useState('')

  const takeNote = useCallback(() => {
    const value = noteValue.current.trim()
    noteValue.current = ''
    setNote('')
    return value
  }, [])
  const round = useDoorRound(addresses, {
    date: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : localToday(),
    sessionId,
    takeNote,
  })
  const { index, outcomes, stack } = round.state
  const done = index >= addresses.length
  const recordedCount = Object.keys(outcomes).length
  const last = stack.at(-1)
  const lastItem = last ? addresses[last.index] : undefined

  const focusRound = useCallback(() => roundRef.current?.focus({ preventScroll: true }), [])
  // Two frames later, so this comes after the shell has focused the new page's heading.
  useEffect(() => {
    let inner = 0
    const outer = requestAnimationFrame(() => {
      inner = requestAnimationFrame(() => {
        if (done) doneRef.current?.focus()
        else if (!roundRef.current?.contains(document.activeElement)) focusRound()
      })
    })
    return () => {
      cancelAnimationFrame(outer)
      cancelAnimationFrame(inner)
    }
  }, [done, focusRound])

  const record = (outcome: ContactOutcome) => {
    const recorded = round.record(outcome)
    const item = recorded === undefined ? undefined : addresses[recorded]
    if (recorded === undefined || !item) return
    const next = addresses[recorded + 1]
    setAnnouncement(
      t('streets.door.announceSaved', {
        address: `${streetName} ${item.label}`,
        outcome: t(`vocabulary.contactOutcome.${outcome}`),
        next: next ? `${streetName} ${next.label}` : t('streets.door.doneTitle'),
      }),
    )
  }
  const undo = () => {
    const entry = round.undo()
    const item = entry ? addresses[entry.index] : undefined
    if (!item) return
    setAnnouncement(t('streets.door.announceUndone', { address: `${streetName} ${item.label}` }))
    if (!roundRef.current?.contains(document.activeElement)) requestAnimationFrame(focusRound)
  }

  useDoorKeys({
    record,
    undo,
    next: () => round.goTo(index + 1),
    previous: () => round.goTo(index - 1),
    focusNote: () => noteRef.current?.focus(),
  })

  const current = addresses[index]
  const doorForIdea = (item: AddressListItem | undefined): IdeaDoor | undefined => {
    if (!item) return undefined
    const address = `${streetName} ${item.label}`
    const label = sessionTitle ? `${address} · ${sessionTitle}` : address
    return {
      address,
      place: { streetId, addressId: item.address.id, ...(sessionId ? { sessionId } : {}), label },
    }
  }
  const ideaDoor = doorForIdea(last?.outcome === 'gesprek' ? lastItem : undefined)
  // Ctrl+I: the door of the conversation just recorded, or else the door on screen.
  useQuickAddPlace(
    (ideaDoor ?? doorForIdea(done ? undefined : current))?.place ?? { streetId, label: streetName },
  )
  return (
    <>
      <div className={classes.toolbar}>
        <DateField
          label={t('streets.door.date')}
          description={t('streets.door.dateHint')}
          value={date}
          maxDate={localToday()}
          onChange={(value) => value && setDate(value)}
          w={240}
        />
        <DoorSignal
          door={
            current && !done
              ? {
                  streetId,
                  streetName,
                  addressId: current.address.id,
                  addressLabel: current.label,
                  date: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : localToday(),
                  ...(sessionId ? { sessionId } : {}),
                }
              : undefined
          }
          onSaved={(address) => setAnnouncement(t('residents.door.announceSaved', { address }))}
        />
        <div className={classes.progress}>
          <Text fw={600} mb={6} className="app-tabular" data-testid="door-progress">
            {t('streets.door.progress', { done: recordedCount, total: addresses.length })}
          </Text>
          <Progress
            value={addresses.length === 0 ? 0 : (recordedCount / addresses.length) * 100}
            size="lg"
            radius="xl"
            aria-label={t('streets.door.progress', { done: recordedCount, total: addresses.length })}
          />
        </div>
      </div>
      <div className={classes.layout}>
        <section
          ref={roundRef}
          tabIndex={-1}
          className={classes.round}
          aria-label={t('streets.door.roundLabel')}
          data-testid="door-round"
        >
          {current && !done ? (
            <DoorCard
              item={current}
              streetName={streetName}
              index={index}
              total={addresses.length}
              recorded={outcomes[current.address.id]}
              note={note}
              noteRef={noteRef}
              onNoteChange={(value) => {
                noteValue.current = value
                setNote(value)
              }}
              onNoteDone={focusRound}
              onRecord={record}
              onPrevious={() => round.goTo(index - 1)}
              onNext={() => round.goTo(index + 1)}
            />
          ) : (
            <RoundDone
              streetId={streetId}
              outcomes={outcomes}
              total={addresses.length}
              headingRef={doneRef}
            />
          )}
          {last && lastItem && (
            <div className={classes.lastEntry} data-testid="door-last-entry">
              <span>{t('streets.door.lastEntry', { address: `${streetName} ${lastItem.label}` })}</span>
              <OutcomeBadge outcome={last.outcome} />
              <DoorIdea
                door={ideaDoor}
                onSaved={(address) => {
                  setAnnouncement(t('flow.door.ideaSaved', { address }))
                  requestAnimationFrame(focusRound)
                }}
              />
              <Button
                size="compact-sm"
                variant="subtle"
                ml="auto"
                leftSection={<IconArrowBackUp size={16} aria-hidden />}
                onClick={undo}
                aria-keyshortcuts="Backspace Control+Z"
              >
                {t('streets.door.undo')}
              </Button>
            </div>
          )}
        </section>
        <div className={classes.side}>
          <RoundList addresses={addresses} outcomes={outcomes} current={index} onSelect={round.goTo} />
          <KeyHelp />
        </div>
      </div>
      <VisuallyHidden aria-live="polite" data-testid="door-announcement">
        {announcement}
      </VisuallyHidden>
    </>
  )
}
