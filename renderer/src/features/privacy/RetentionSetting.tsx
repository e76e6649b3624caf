import { Button, Group, NumberInput } from '@mantine/core'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useApiMutation } from '../../api/use-api-mutation'
import { notifySuccess } from '../../components/notifications'

/** The retention period in months (1–120), saved with settings.update. */
export function RetentionSetting({ months }: { months: number }) {
  const { t } = useTranslation()
  const [value, setValue] = useState<string | number>(months)
  const [error, setError] = useState<string | undefined>(undefined)
  const update = useApiMutation('settings.update')

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const next = typeof value === 'number' ? value : Number.parseInt(value, 10)
    if (!Number.isInteger(next) || next < 1 || next > 120) {
      setError(t('privacy.retention.invalid'))
      return
    }
    setError(undefined)
    const outcome = await update.mutate({ retentionMonths: next })
    if (outcome.ok) notifySuccess(t('privacy.retention.saved'))
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Group align="flex-end" gap="sm">
        <NumberInput
          label={t('privacy.retention.months')}
          description={t('privacy.retention.monthsHint')}
          value={value}
          onChange={setValue}
          min={1}
          max={120}
          allowDecimal={false}
          allowNegative={false}
          error={error}
          w={240}
        />
        <Button type="submit" variant="default" loading={update.isPending}>
          {t('privacy.retention.save')}
        </Button>
      </Group>
    </form>
  )
}
