import { Button, Group, Select } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type SignalDetail } from '../../../../../shared/api/methods/residents'
import { signalStatusChoices } from '../../../../../shared/domain/signal-rules'
import { type SignalStatus } from '../../../../../shared/model/resident-vocabulary'
import { useApiMutation } from '../../../api/use-api-mutation'
import { notifySuccess } from '../../../components/notifications'
import { localToday } from '../../../components/local-today'
import { DateField } from '../../../components/forms/DateField'

/** Moves the follow-up of a signal on: opgepakt, afgerond, geen behoefte meer, or open again. */
export function SignalStatusForm({ item }: { item: SignalDetail }) {
  const { t } = useTranslation()
  const choices = signalStatusChoices(item.signal.status)
  const [status, setStatus] = useState<SignalStatus | null>(choices[0] ?? null)
  const [date, setDate] = useState<string | null>(localToday())
  const [error, setError] = useState<string | undefined>()
  const change = useApiMutation('signal.setStatus', {
    onError: (failure) => {
      setError(failure.message)
      return true
    },
  })
  if (choices.length === 0) return null
  const submit = async () => {
    if (!status) return
    setError(undefined)
    const outcome = await change.mutate({ signalId: item.signal.id, status, ...(date ? { date } : {}) })
    if (outcome.ok)
      notifySuccess(t('residents.signals.status.done', { status: t(`vocabulary.signalStatus.${status}`) }))
  }
  return (
    <form
      noValidate
      aria-label={t('residents.signals.status.title')}
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
    >
      <Group align="flex-end" gap="sm">
        <Select
          label={t('residents.signals.status.next')}
          data={choices.map((value) => ({ value, label: t(`vocabulary.signalStatus.${value}`) }))}
          value={status}
          onChange={(value) => setStatus(value as SignalStatus | null)}
          allowDeselect={false}
          error={error}
          w={240}
          comboboxProps={{ withinPortal: true }}
        />
        <DateField
          label={t('residents.signals.status.date')}
          value={date}
          onChange={setDate}
          maxDate={localToday()}
          w={200}
        />
        <Button type="submit" variant="light" loading={change.isPending}>
          {t('residents.signals.status.submit')}
        </Button>
      </Group>
    </form>
  )
}
