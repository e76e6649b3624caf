import { Button, Group, NumberInput } from '@mantine/core'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useApiMutation } from '../../api/use-api-mutation'
import { notifySuccess } from '../../components/notifications'

/** Which retention setting the field edits: door notes (Privacy) or signals (Bewoners aan zet). */
const retentionSettings = {
  retentionMonths: {
    label: 'privacy.retention.months',
    hint: 'privacy.retention.monthsHint',
    saved: 'privacy.retention.saved',
    width: 240,
  },
  signalRetentionMonths: {
    label: 'residents.retention.months',
    hint: 'residents.retention.monthsHint',
    saved: 'residents.retention.saved',
    width: 320,
  },
} as const

export interface RetentionSettingProps {
  months: number
  /** The setting saved; door notes' retention unless told otherwise. */
  setting?: keyof typeof retentionSettings
}

/** A retention period in months (1–120), saved with settings.update. */
export function RetentionSetting({ months, setting = 'retentionMonths' }: RetentionSettingProps) {
  const texts = retentionSettings[setting]
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
    const outcome = await update.mutate({ [setting]: next })
    if (outcome.ok) notifySuccess(t(texts.saved))
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Group align="flex-end" gap="sm">
        <NumberInput
          label={t(texts.label)}
          description={t(texts.hint)}
          value={value}
          onChange={setValue}
          min={1}
          max={120}
          allowDecimal={false}
          allowNegative={false}
          error={error}
          w={texts.width}
        />
        <Button type="submit" variant="default" loading={update.isPending}>
          {t('privacy.retention.save')}
        </Button>
      </Group>
    </form>
  )
}
