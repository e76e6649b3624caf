import { Button, Group, Text } from '@mantine/core'
import { useState } from 'react'
import { IconCalendarEvent } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { sessionTransitions } from '../../../../shared/domain/session-rules'
import { type Session, type SessionStatus } from '../../../../shared/model'
import { useApiMutation } from '../../api/use-api-mutation'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { SectionCard } from '../../components/SectionCard'
import { notifySuccess } from '../../components/notifications'
import { toIsoDate } from './calendar-dates'

const actionLabels = {
  gehouden: 'sessions.detail.markHeld',
  geannuleerd: 'sessions.detail.markCancelled',
  gepland: 'sessions.detail.markPlanned',
  verplaatst: 'sessions.detail.markMoved',
} as const

/**
 * The status changes this session allows (shared/domain rules): gehouden, geannuleerd, opnieuw
 * plannen, and "verschuiven", which opens the form at the date: a session is moved by giving it a
 * new moment, and saving a new date marks it "verplaatst". Cancelling asks first.
 */
export function SessionStatusCard({ session }: { session: Session }) {
  const { t } = useTranslation()
  const setStatus = useApiMutation('session.setStatus')
  const [confirmCancel, setConfirmCancel] = useState(false)
  const future = session.date > toIsoDate(new Date())
  const allowed = sessionTransitions[session.status].filter((status) => status !== 'verplaatst')
  const canMove = sessionTransitions[session.status].includes('verplaatst') || session.status === 'verplaatst'

  const change = async (status: SessionStatus) => {
    const outcome = await setStatus.mutate({ sessionId: session.id, status })
    setConfirmCancel(false)
    if (outcome.ok)
      notifySuccess(t('sessions.detail.statusChanged', { status: t(`vocabulary.sessionStatus.${status}`) }))
  }

  return (
    <SectionCard
      title={t('sessions.detail.statusHeading')}
      description={t('sessions.detail.statusIntro')}
      testId="session-status-card"
    >
      {allowed.length === 0 ? (
        <Text>{t('sessions.detail.statusFinal')}</Text>
      ) : (
        <Group gap="sm">
          {allowed.map((status) => (
            <Button
              key={status}
              variant={status === 'gehouden' ? 'filled' : 'default'}
              disabled={status === 'gehouden' && future}
              title={status === 'gehouden' && future ? t('sessions.detail.futureHeld') : undefined}
              loading={setStatus.isPending}
              onClick={() => (status === 'geannuleerd' ? setConfirmCancel(true) : void change(status))}
            >
              {t(actionLabels[status])}
            </Button>
          ))}
          {canMove && (
            <Button
              variant="default"
              leftSection={<IconCalendarEvent size={18} aria-hidden />}
              component={Link}
              to={`/sessies/${session.id}/bewerken`}
            >
              {t('sessions.detail.move')}
            </Button>
          )}
        </Group>
      )}
      {allowed.includes('gehouden') && future && (
        <Text size="sm" c="dimmed">
          {t('sessions.detail.futureHeld')}
        </Text>
      )}
      <ConfirmDialog
        opened={confirmCancel}
        title={t('sessions.detail.cancelConfirmTitle')}
        message={t('sessions.detail.cancelConfirmText')}
        confirmLabel={t('sessions.detail.cancelConfirm')}
        danger
        busy={setStatus.isPending}
        onConfirm={() => void change('geannuleerd')}
        onCancel={() => setConfirmCancel(false)}
      />
    </SectionCard>
  )
}
