import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { IconPencil } from '@tabler/icons-react'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { type PartnerListItem } from '../../../../shared/api/methods/ideas'
import { PartnerIdeasTable } from './PartnerIdeasTable'
import { ToneBadge } from '../ideas/ToneBadge'

/** One partner: kind, contact persons, open follow-ups and the ideas it owns. */
export function PartnerCard({ item, onEdit }: { item: PartnerListItem; onEdit: () => void }) {
  const { t } = useTranslation()
  const headingId = useId()
  const { partner } = item
  const contacts = partner.contacts.map((contact) =>
    [contact.name, contact.role, contact.email, contact.phone].filter(Boolean).join(' · '),
  )
  return (
    <Paper
      component="section"
      aria-labelledby={headingId}
      withBorder
      p="lg"
      radius="md"
      data-testid="partner-card"
      data-partner={partner.name}
    >
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Group gap="sm" align="center">
              <Title order={2} size="h3" id={headingId}>
                {partner.name}
              </Title>
              <Badge variant="light" color="gray" c="dark.5" radius="sm" tt="none">
                {t(`vocabulary.partnerKind.${partner.kind}`)}
              </Badge>
              {item.openActions > 0 && (
                <ToneBadge tone="blue" variant="light">
                  {t('ideas.openActions', { count: item.openActions })}
                </ToneBadge>
              )}
            </Group>
            <Text size="sm" c="dimmed" mt={4}>
              {contacts.length > 0 ? contacts.join('; ') : t('partners.noContacts')}
            </Text>
          </div>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconPencil size={14} aria-hidden />}
            onClick={onEdit}
            aria-label={t('partners.editLabel', { name: partner.name })}
          >
            {t('partners.edit')}
          </Button>
        </Group>
        <PartnerIdeasTable ideas={item.ideas} />
      </Stack>
    </Paper>
  )
}
