import { Button } from '@mantine/core'
import { IconAlertCircle } from '@tabler/icons-react'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type SignalDoor, SignalFormModal } from '../../residents/signals/SignalFormModal'
import { isTextField } from './use-door-keys'

interface DoorSignalProps {
  /** The door on screen; undefined when the round is done. */
  door: SignalDoor | undefined
  /** Called with the door's address after a signal was saved, for the screen reader's announcement. */
  onSaved: (address: string) => void
}

/**
 * "Signaal" in door mode: the S key (or the button) opens the short signal form for the door on screen,
 * without leaving the round. Consent comes first; without it only the kind and the street are kept.
 */
export function DoorSignal({ door, onSaved }: DoorSignalProps) {
  const { t } = useTranslation()
  const [open, setOpen] = useState<SignalDoor | undefined>()
  const doorRef = useRef(door)
  useEffect(() => {
    doorRef.current = door
  })
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat || event.ctrlKey || event.metaKey || event.altKey) return
      if (event.key !== 's' && event.key !== 'S') return
      if (isTextField(event.target)) return
      if (event.target instanceof HTMLElement && event.target.closest('[role="dialog"]')) return
      if (!doorRef.current) return
      event.preventDefault()
      setOpen(doorRef.current)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconAlertCircle size={18} aria-hidden />}
        onClick={() => setOpen(door)}
        disabled={door === undefined}
        aria-keyshortcuts="S"
        data-testid="door-signal"
      >
        {t('residents.door.button')}
      </Button>
      <SignalFormModal
        opened={open !== undefined}
        door={open}
        onClose={() => setOpen(undefined)}
        onSaved={() => open && onSaved(`${open.streetName} ${open.addressLabel}`)}
      />
    </>
  )
}
