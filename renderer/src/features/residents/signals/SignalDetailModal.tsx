import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import { IconHeartHandshake, IconTrash, IconUserOff } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type SignalDetail } from '../../../../../shared/api/methods/residents'
import { closedSignalStatuses } from '../../../../../shared/domain/signal-rules'
import { useApiMutation } from '../../../api/use-api-mutation'
import { useApiQuery } from '../../../api/use-api-query'
import { ConfirmDialog } from '../../../components/ConfirmDialog'
import { ErrorState } from '../../../components/ErrorState'
import { LoadingState } from '../../../components/LoadingState'
import { notifySuccess } from '../../../components/notifications'
import { ConnectionFormModal } from '../connections/ConnectionFormModal'
import { HandoverForm } from './HandoverForm'
import { SignalFacts } from './SignalFacts'
import { SignalNoteForm } from './SignalNoteForm'
import { SignalStatusForm } from './SignalStatusForm'

/** The signal itself: the only place its note is shown, with its handover, follow-up and consent. */
export function SignalDetailModal({
  signalId,
  onClose,
}: {
  signalId: string | undefined
  onClose: () => void
}) {
  const { t } = useTranslation()
  return (
    <Modal
      opened={signalId !== undefined}
      onClose={onClose}
      title={t('residents.signals.detail.title')}
      size="xl"
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {signalId !== undefined && <SignalDetailBody signalId={signalId} onClose={onClose} />}
    </Modal>
  )
}

type Asking = 'withdraw' | 'delete' | undefined

function SignalDetailBody({ signalId, onClose }: { signalId: string; onClose: () => void }) {
  const { t } = useTranslation()
  const detail = useApiQuery('signal.get', { signalId })
  const update = useApiMutation('signal.update')
  const remove = useApiMutation('signal.delete')
  const [asking, setAsking] = useState<Asking>()
  const [connecting, setConnecting] = useState(false)
  if (!detail.data)
    return detail.error ? <ErrorState error={detail.error} onRetry={detail.refresh} /> : <LoadingState />
  const item: SignalDetail = detail.data
  const { signal } = item
  const open = !item.countOnly && !closedSignalStatuses.has(signal.status)
  const canHandOver = open && signal.consent === 'doorgeven' && signal.handover === undefined
  const canConnect = !item.countOnly && signal.handover === undefined && signal.connectionId === undefined

  const confirm = async () => {
    if (asking === 'withdraw') {
      const outcome = await update.mutate({ signalId, consent: 'geen' })
      if (outcome.ok) notifySuccess(t('residents.signals.detail.withdrawn'))
    } else if (asking === 'delete') {
      const outcome = await remove.mutate({ signalId })
      if (outcome.ok) {
        notifySuccess(t('residents.signals.detail.deleted'))
        onClose()
      }
    }
    setAsking(undefined)
  }

  return (
    <Stack gap="lg" data-testid="signal-detail">
      <SignalFacts item={item} />
      {!item.countOnly && <SignalNoteForm item={item} />}
      {canHandOver && <HandoverForm item={item} />}
      {!item.countOnly && <SignalStatusForm item={item} />}
      {item.countOnly && <Text size="sm">{t('residents.signals.detail.countOnly')}</Text>}
      <Group gap="sm">
        {canConnect && (
          <Button
            variant="light"
            leftSection={<IconHeartHandshake size={16} aria-hidden />}
            onClick={() => setConnecting(true)}
          >
            {t('residents.signals.detail.connect')}
          </Button>
        )}
        {!item.countOnly && (
          <Button
            variant="default"
            leftSection={<IconUserOff size={16} aria-hidden />}
            onClick={() => setAsking('withdraw')}
          >
            {t('residents.signals.detail.withdraw')}
          </Button>
        )}
        <Button
          variant="subtle"
          color="red"
          leftSection={<IconTrash size={16} aria-hidden />}
          onClick={() => setAsking('delete')}
        >
          {t('residents.signals.detail.delete')}
        </Button>
      </Group>
      <ConfirmDialog
        opened={asking !== undefined}
        title={
          asking === 'delete'
            ? t('residents.signals.detail.deleteTitle')
            : t('residents.signals.detail.withdrawTitle')
        }
        message={
          asking === 'delete'
            ? t('residents.signals.detail.deleteText')
            : t('residents.signals.detail.withdrawText')
        }
        confirmLabel={
          asking === 'delete'
            ? t('residents.signals.detail.deleteConfirm')
            : t('residents.signals.detail.withdrawConfirm')
        }
        busy={update.isPending || remove.isPending}
        danger
        onConfirm={() => void confirm()}
        onCancel={() => setAsking(undefined)}
      />
      <ConnectionFormModal opened={connecting} signalId={signalId} onClose={() => setConnecting(false)} />
    </Stack>
  )
}
