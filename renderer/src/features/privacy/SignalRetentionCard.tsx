import { Button, Checkbox, Group, Stack, Table, Text } from '@mantine/core'
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
import { useFormatters } from '../../components/use-formatters'
import { RetentionSetting } from './RetentionSetting'

/**
 * "Bewaartermijn signalen": signals are special personal data and keep their address, note and contact
 * person only for a short time after their follow-up closed (6 months by default). Flagged signals lose
 * those after a confirmation; they still count.
 */
export function SignalRetentionCard() {
  const { t } = useTranslation()
  const format = useFormatters()
  const { active } = useActiveProgramme()
  const settings = useApiQuery('settings.get')
  const flagged = useApiQuery('privacy.signalRetention', { programmeId: active.id })
  const apply = useApiMutation('privacy.applySignalRetention')
  const [asking, setAsking] = useState(false)
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const items = flagged.data ?? []
  const chosen = items.filter((item) => selected.has(item.signalId)).map((item) => item.signalId)
  const months = settings.data?.signalRetentionMonths ?? 6

  const toggle = (id: string) =>
    setSelected((previous) => {
      const next = new Set(previous)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })
  const confirm = async () => {
    const outcome = await apply.mutate({ programmeId: active.id, signalIds: chosen })
    setAsking(false)
    if (!outcome.ok) return
    setSelected(new Set())
    notifySuccess(t('residents.retention.done', { count: outcome.value.cleared }))
  }

  return (
    <SectionCard
      title={t('residents.retention.heading')}
      description={t('residents.retention.intro')}
      testId="signal-retention"
    >
      {settings.data && <RetentionSetting key={months} months={months} setting="signalRetentionMonths" />}
      {flagged.data ? (
        items.length === 0 ? (
          <Text c="dimmed">{t('residents.retention.none', { count: months })}</Text>
        ) : (
          <Stack gap="sm">
            <Text>{t('residents.retention.flagged', { count: items.length })}</Text>
            <Table aria-label={t('residents.retention.caption')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>
                    <Checkbox
                      aria-label={t('residents.retention.selectAll')}
                      checked={chosen.length === items.length}
                      indeterminate={chosen.length > 0 && chosen.length < items.length}
                      onChange={() =>
                        setSelected(
                          chosen.length === items.length ? new Set() : new Set(items.map((i) => i.signalId)),
                        )
                      }
                    />
                  </Table.Th>
                  <Table.Th>{t('residents.retention.columnCategory')}</Table.Th>
                  <Table.Th>{t('residents.retention.columnStreet')}</Table.Th>
                  <Table.Th>{t('residents.retention.columnClosed')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((item) => {
                  const category = t(`vocabulary.signalCategory.${item.category}`)
                  return (
                    <Table.Tr key={item.signalId}>
                      <Table.Td>
                        <Checkbox
                          aria-label={t('residents.retention.select', { category, street: item.streetName })}
                          checked={selected.has(item.signalId)}
                          onChange={() => toggle(item.signalId)}
                        />
                      </Table.Td>
                      <Table.Td>{category}</Table.Td>
                      <Table.Td>{item.streetName}</Table.Td>
                      <Table.Td>{format.date(item.closedOn)}</Table.Td>
                    </Table.Tr>
                  )
                })}
              </Table.Tbody>
            </Table>
            <Group>
              <Button
                variant="default"
                leftSection={<IconTrash size={18} aria-hidden color="var(--mantine-color-red-8)" />}
                disabled={chosen.length === 0}
                onClick={() => setAsking(true)}
              >
                {t('residents.retention.remove', { count: chosen.length })}
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
        title={t('residents.retention.confirmTitle')}
        message={t('residents.retention.confirmText', { count: chosen.length })}
        confirmLabel={t('residents.retention.confirm')}
        busy={apply.isPending}
        danger
        onConfirm={() => void confirm()}
        onCancel={() => setAsking(false)}
      />
    </SectionCard>
  )
}
