import { Modal, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { type AddressListItem } from '../../../../../shared/api/methods/streets'
import { ContactHistory } from './ContactHistory'
import { RecordContactForm } from './RecordContactForm'

interface AddressContactsDialogProps {
  item: AddressListItem
  streetName: string
  onClose: () => void
}

/** One address's door history and the form to record a new contact moment. */
export function AddressContactsDialog({ item, streetName, onClose }: AddressContactsDialogProps) {
  const { t } = useTranslation()
  const address = `${streetName} ${item.label}`
  return (
    <Modal
      opened
      onClose={onClose}
      title={address}
      size="lg"
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="lg">
        {item.address.householdNote !== '' && (
          <Text size="sm" c="dimmed">
            {item.address.householdNote}
          </Text>
        )}
        <section aria-labelledby="record-contact-heading">
          <Title order={3} id="record-contact-heading" mb="sm">
            {t('streets.contact.recordTitle')}
          </Title>
          <RecordContactForm item={item} onSaved={onClose} />
        </section>
        <section aria-labelledby="contact-history-heading">
          <Title order={3} id="contact-history-heading" mb="sm">
            {t('streets.contact.historyTitle')}
          </Title>
          <ContactHistory addressId={item.address.id} />
        </section>
      </Stack>
    </Modal>
  )
}
