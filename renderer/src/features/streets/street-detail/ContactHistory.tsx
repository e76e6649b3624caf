import { ActionIcon, Button, Group, Text } from '@mantine/core'
import { IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useApiMutation } from '../../../api/use-api-mutation'
import { useApiQuery } from '../../../api/use-api-query'
import { ErrorState } from '../../../components/ErrorState'
import { LoadingState } from '../../../components/LoadingState'
import { notifySuccess } from '../../../components/notifications'
import { useFormatters } from '../../../components/use-formatters'
import { OutcomeBadge } from '../OutcomeBadge'
import classes from './StreetDetail.module.css'

/**
 * The contact moments of one address, newest first. A wrongly recorded one can be removed after a
 * short "are you sure" in the row itself (a removed contact moment cannot be brought back).
 */
export function ContactHistory({ addressId }: { addressId: string }) {
  const { t } = useTranslation()
  const format = useFormatters()
  const contacts = useApiQuery('contact.list', { addressId })
  const remove = useApiMutation('contact.delete')
  const [confirming, setConfirming] = useState<string | undefined>(undefined)

  if (contacts.error) return <ErrorState error={contacts.error} onRetry={contacts.refresh} />
  if (!contacts.data) return <LoadingState minHeight={60} />
  if (contacts.data.length === 0) return <Text c="dimmed">{t('streets.contact.noHistory')}</Text>
  return (
    <ul className={classes.history} data-testid="contact-history">
      {contacts.data.map((contact) => (
        <li key={contact.id}>
          <Text size="sm" fw={600} className="app-tabular" w={150} style={{ whiteSpace: 'nowrap' }}>
            {format.date(contact.date)}
          </Text>
          <OutcomeBadge outcome={contact.outcome} />
          {confirming === contact.id ? (
            <Group gap="xs" ml="auto">
              <Text size="sm">{t('streets.contact.confirmRemove')}</Text>
              <Button
                size="compact-sm"
                color="red"
                loading={remove.isPending}
                onClick={() =>
                  void remove.mutate({ contactId: contact.id }).then((outcome) => {
                    setConfirming(undefined)
                    if (outcome.ok) notifySuccess(t('streets.contact.removed'))
                  })
                }
              >
                {t('streets.contact.confirmYes')}
              </Button>
              <Button
                size="compact-sm"
                variant="default"
                onClick={() => setConfirming(undefined)}
                data-autofocus
              >
                {t('common.cancel')}
              </Button>
            </Group>
          ) : (
            <ActionIcon
              variant="subtle"
              color="gray"
              ml="auto"
              aria-label={t('streets.contact.remove', { date: format.date(contact.date) })}
              onClick={() => setConfirming(contact.id)}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          )}
          {contact.note !== '' && <p className={classes.historyNote}>{contact.note}</p>}
        </li>
      ))}
    </ul>
  )
}
