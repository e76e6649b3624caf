import { Button, Group, Stack, Text } from '@mantine/core'
import { IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useApiMutation } from '../../api/use-api-mutation'
import { useApiQuery } from '../../api/use-api-query'
import { useActiveProgramme } from '../../app/active-programme-context'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { ErrorState } from '../../components/ErrorState'
import { LoadingState } from '../../components/LoadingState'
import { notifySuccess } from '../../components/notifications'
import { SectionCard } from '../../components/SectionCard'
import { RetentionSetting } from './RetentionSetting'
import { RetentionTable } from './RetentionTable'

/** "Bewaartermijn": the setting, the flagged addresses, and removing their data after a confirmation. */
export function RetentionCard() {
  const { t } = useTranslation()
  const { active } = useActiveProgramme()
  const settings = useApiQuery('settings.get')
  const flagged = useApiQuery('privacy.retention', { programmeId: active.id })
  const apply = useApiMutation('privacy.applyRetention')
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const [asking, setAsking] = useState(false)
  const items = flagged.data ?? []
  const months = settings.data?.retentionMonths ?? 24
  const period = t('privacy.retention.period', { count: months })
  // Only addresses still flagged count: a removed one drops out of the list.
  const chosen = items.filter((item) => selected.has(item.addressId)).map((item) => item.addressId)

  const toggle = (addressId: string) =>
    setSelected((previous) => {
      const next = new Set(previous)
      if (next.has(addressId)) next.delete(addressId)
      else next.add(addressId)
      return next
    })
  const toggleAll = () =>
    setSelected(chosen.length === items.length ? new Set() : new Set(items.map((item) => item.addressId)))

  const confirm = async () => {
    const outcome = await apply.mutate({ programmeId: active.id, addressIds: chosen })
    setAsking(false)
    if (!outcome.ok) return
    setSelected(new Set())
    notifySuccess(t('privacy.retention.done', { count: outcome.value.cleared }))
  }

  return (
    <SectionCard
      title={t('privacy.retention.heading')}
      description={t('privacy.retention.intro')}
      testId="privacy-retention"
    >
      {settings.data && <RetentionSetting key={settings.data.retentionMonths} months={months} />}
      {flagged.data ? (
        items.length === 0 ? (
          <Text c="dimmed">{t('privacy.retention.none', { period })}</Text>
        ) : (
          <Stack gap="sm">
            <Text>{t('privacy.retention.flagged', { count: items.length, period })}</Text>
            <RetentionTable items={items} selected={selected} onToggle={toggle} onToggleAll={toggleAll} />
            <Group>
              <Button
                variant="default"
                leftSection={<IconTrash size={18} aria-hidden color="var(--mantine-color-red-8)" />}
                disabled={chosen.length === 0}
                onClick={() => setAsking(true)}
              >
                {chosen.length === 0
                  ? t('privacy.retention.remove')
                  : t('privacy.retention.removeCount', { count: chosen.length })}
              </Button>
            </Group>
          </Stack>
        )
      ) : flagged.error ? (
        <ErrorState error={flagged.error} onRetry={flagged.refresh} />
      ) : (
        <LoadingState minHeight={60} />
      )}
      <ConfirmDialog
        opened={asking}
        title={t('privacy.retention.confirmTitle')}
        message={t('privacy.retention.confirmText', { count: chosen.length })}
        confirmLabel={t('privacy.retention.confirm')}
        busy={apply.isPending}
        danger
        onConfirm={() => void confirm()}
        onCancel={() => setAsking(false)}
      />
    </SectionCard>
  )
}
