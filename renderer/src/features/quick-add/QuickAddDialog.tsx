import { Modal } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { QuickAddIdea } from './QuickAddIdea'
import { type QuickAddPlace } from './quick-add-place'

export interface QuickAddDialogProps {
  opened: boolean
  onClose: () => void
  /** The street, address or session of the page the dialog was opened on. */
  place?: QuickAddPlace
}

/** The "Snel idee" dialog: the quick-add form in a modal. */
export function QuickAddDialog({ opened, onClose, place }: QuickAddDialogProps) {
  const { t } = useTranslation()
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('ideas.quickAdd.dialogTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <QuickAddIdea autoFocus {...(place ? { place } : {})} />
    </Modal>
  )
}
