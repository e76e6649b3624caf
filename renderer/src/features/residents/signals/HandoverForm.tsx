import { Autocomplete, Button, Fieldset, Group, Select } from '@mantine/core'
import { IconArrowForward } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type SignalDetail } from '../../../../../shared/api/methods/residents'
import { useApiMutation } from '../../../api/use-api-mutation'
import { notifySuccess } from '../../../components/notifications'
import { localToday } from '../../../components/local-today'
import classes from '../Residents.module.css'
import { usePartnerOptions } from '../use-resident-options'
import { DateField } from '../../../components/forms/DateField'

/** A warm handover: the partner, the contact person there and the day; the resident gave consent to pass it on. */
export function HandoverForm({ item }: { item: SignalDetail }) {
  const { t } = useTranslation()
  const partners = usePartnerOptions(item.signal.programmeId)
  const [partnerId, setPartnerId] = useState<string | null>(null)
  const [contactPerson, setContactPerson] = useState('')
  const [date, setDate] = useState<string | null>(localToday())
  const [error, setError] = useState<{ field: string; message: string } | undefined>()
  const handOver = useApiMutation('signal.handOver', {
    onError: (failure) => {
      setError({ field: failure.field ?? 'partnerId', message: failure.message })
      return true
    },
  })
  const partner = partners.find((candidate) => candidate.id === partnerId)
  const submit = async () => {
    if (!partnerId) {
      setError({ field: 'partnerId', message: t('residents.signals.form.partnerRequired') })
      return
    }
    setError(undefined)
    const outcome = await handOver.mutate({
      signalId: item.signal.id,
      partnerId,
      contactPerson,
      ...(date ? { date } : {}),
    })
    if (outcome.ok) notifySuccess(t('residents.signals.handover.done', { partner: partner?.name ?? '' }))
  }
  const errorOf = (field: string) => (error?.field === field ? error.message : undefined)
  return (
    <form
      noValidate
      aria-label={t('residents.signals.handover.title')}
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
    >
      <Fieldset legend={t('residents.signals.handover.title')} data-testid="handover-form">
        <div className={classes.pair}>
          <Select
            label={t('residents.signals.handover.partner')}
            data={partners.map((p) => ({
              value: p.id,
              label: `${p.name} (${t(`vocabulary.partnerKind.${p.kind}`)})`,
            }))}
            value={partnerId}
            onChange={setPartnerId}
            searchable
            withAsterisk
            error={errorOf('partnerId') ?? errorOf('consent') ?? errorOf('signalId')}
            comboboxProps={{ withinPortal: true }}
          />
          <Autocomplete
            label={t('residents.signals.handover.contactPerson')}
            data={partner?.contacts.map((contact) => contact.name) ?? []}
            value={contactPerson}
            onChange={setContactPerson}
            maxLength={120}
            error={errorOf('contactPerson')}
            comboboxProps={{ withinPortal: true }}
          />
          <DateField
            label={t('residents.signals.handover.date')}
            value={date}
            onChange={setDate}
            maxDate={localToday()}
            error={errorOf('date')}
          />
        </div>
        <Group mt="md">
          <Button
            type="submit"
            leftSection={<IconArrowForward size={16} aria-hidden />}
            loading={handOver.isPending}
          >
            {t('residents.signals.handover.submit')}
          </Button>
        </Group>
      </Fieldset>
    </form>
  )
}
