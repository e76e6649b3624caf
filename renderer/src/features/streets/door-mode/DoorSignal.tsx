import { Button } from '@mantine/core'
import { IconAlertCircle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { type SignalDoor, SignalFormModal } from '../../residents/signals/SignalFormModal'
import { useDoorKeyDialog } from './use-door-key-dialog'

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
  const [open, setOpen] = useDoorKeyDialog<SignalDoor>('s', door)
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
