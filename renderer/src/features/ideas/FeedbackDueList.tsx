import { Alert, Button, Group, Modal, Paper, Stack, Text } from '@mantine/core'
import { IconMessageCheck } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { type IdeaListItem } from '../../../../shared/api/methods/ideas'
import { FeedbackForm } from './FeedbackForm'
import { IdeaStatusBadge } from './IdeaStatusBadge'

/** Ideas whose status changed without the residents hearing about it, each with "Terugkoppeling vastleggen". */
export function FeedbackDueList({ items }: { items: IdeaListItem[] }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState<IdeaListItem | undefined>()
  const due = items.filter((item) => item.feedbackDue)
  return (
    <Stack gap="md">
      <Text c="dimmed">{t('ideas.feedbackList.intro')}</Text>
      {due.length === 0 ? (
        <Alert color="green" variant="light" icon={<IconMessageCheck aria-hidden />}>
          {t('ideas.feedbackList.empty')}
        </Alert>
      ) : (
        <Stack
          gap="xs"
          component="ul"
          m={0}
          p={0}
          data-testid="feedback-due-list"
          style={{ listStyle: 'none' }}
        >
          {due.map((item) => (
            <Paper
              key={item.idea.id}
              component="li"
              withBorder
              p="md"
              radius="md"
              data-testid="feedback-due-item"
            >
              <Group justify="space-between" wrap="nowrap" gap="md">
                <div>
                  <Text fw={600}>
                    <Link to={`/ideeen/${item.idea.id}`}>{item.idea.title}</Link>
                  </Text>
                  <Group gap="xs" mt={4}>
                    <IdeaStatusBadge status={item.idea.status} />
                    <Text size="sm" c="dimmed">
                      {item.streetName ?? t('ideas.noStreet')}
                    </Text>
                  </Group>
                </div>
                <Button variant="light" onClick={() => setOpen(item)}>
                  {t('ideas.feedbackList.record')}
                </Button>
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
      <Modal
        opened={open !== undefined}
        onClose={() => setOpen(undefined)}
        title={t('ideas.feedback.dialogTitle')}
        centered
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {open && (
          <Stack gap="md">
            <Text fw={600}>{open.idea.title}</Text>
            <FeedbackForm
              ideaId={open.idea.id}
              onSaved={() => setOpen(undefined)}
              onCancel={() => setOpen(undefined)}
              autoFocus
            />
          </Stack>
        )}
      </Modal>
    </Stack>
  )
}
