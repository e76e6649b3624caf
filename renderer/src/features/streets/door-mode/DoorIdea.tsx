import { Button, Modal } from '@mantine/core'
import { IconBulb } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { QuickAddIdea } from '../../quick-add/QuickAddIdea'
import { type QuickAddPlace } from '../../quick-add/quick-add-place'
import { useDoorKeyDialog } from './use-door-key-dialog'

/** The door an idea was heard at: its place for the quick idea and its address for the coach. */
export interface IdeaDoor {
  place: QuickAddPlace
  address: string
}

interface DoorIdeaProps {
  /** The door of the last conversation ("gesprek gehad"); undefined when the last outcome was another. */
  door: IdeaDoor | undefined
  /** Called after the idea was saved and the dialog closed: back to the round. */
  onSaved: (address: string) => void
}

/**
 * "Idee" in door mode: after "Gesprek gehad" the I key (or the button) opens the quick idea with the
 * street, the address and the round's session filled in. Saving closes it, back to the round.
 */
export function DoorIdea({ door, onSaved }: DoorIdeaProps) {
  const { t } = useTranslation()
  const [open, setOpen] = useDoorKeyDialog<IdeaDoor>('i', door)
  return (
    <>
      <Button
        size="compact-sm"
        variant="light"
        leftSection={<IconBulb size={16} aria-hidden />}
        onClick={() => setOpen(door)}
        disabled={door === undefined}
        aria-keyshortcuts="I"
        data-testid="door-idea"
      >
        {t('flow.door.idea')}
      </Button>
      <Modal
        opened={open !== undefined}
        onClose={() => setOpen(undefined)}
        title={open ? t('flow.door.ideaTitle', { address: open.address }) : ''}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {open && (
          <QuickAddIdea
            autoFocus
            place={open.place}
            onCreated={() => {
              setOpen(undefined)
              onSaved(open.address)
            }}
          />
        )}
      </Modal>
    </>
  )
}
