import { Modal } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { QuickAddIdea } from './QuickAddIdea'

export interface QuickAddDialogProps {
  opened: boolean
  onClose: () => void
}

/** The "Snel idee" dialog: the quick-add form in a modal. */
export function QuickAddDialog({ opened, onClose }: QuickAddDialogProps) {
  const { t } = useTranslation()
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('ideas.quickAdd.dialogTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <QuickAddIdea autoFocus />
    </Modal>
  )
}
