import { Autocomplete, Button, Group, Modal, Select, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { findSensitiveNumbers, type SensitiveKind } from '../../../../../shared/domain/sensitive-text'
import { type SignalRoute } from '../../../../../shared/model/resident-vocabulary'
import { useApiMutation } from '../../../api/use-api-mutation'
import { useActiveProgramme } from '../../../app/active-programme-context'
import { notifySuccess } from '../../../components/notifications'
import { localToday } from '../../../components/local-today'
import { SensitiveNoteWarning } from '../../streets/street-detail/SensitiveNoteWarning'
import classes from '../Residents.module.css'
import { useAddressOptions, usePartnerOptions, useStreetOptions } from '../use-resident-options'
import { emptySignalFields, SignalFields, signalFieldProblems, type SignalFieldValues } from './SignalFields'
import { DateField } from '../../../components/forms/DateField'

/** The door a signal is recorded at in door mode: street, address and round are given. */
export interface SignalDoor {
  streetId: string
  streetName: string
  addressId: string
  addressLabel: string
  sessionId?: string
  date: string
}

interface SignalFormModalProps {
  opened: boolean
  onClose: () => void
  /** In door mode: the door on screen. Without it the coach picks the street (and, with consent, the address). */
  door?: SignalDoor
  /** Called after the signal was saved (door mode announces it). */
  onSaved?: (countOnly: boolean) => void
}

/**
 * Records a signal: the kind, consent first, and with consent the address, a note and who picks it up.
 * Without consent only the kind and the street are sent, never the address or a note.
 */
export function SignalFormModal({ opened, onClose, door, onSaved }: SignalFormModalProps) {
  const { t } = useTranslation()
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={
        door
          ? t('residents.signals.form.doorTitle', { address: `${door.streetName} ${door.addressLabel}` })
          : t('residents.signals.form.title')
      }
      size="lg"
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {opened && <SignalForm door={door} onClose={onClose} onSaved={onSaved} />}
    </Modal>
  )
}

type RouteChoice = SignalRoute | 'nog-niet'

function SignalForm({ door, onClose, onSaved }: Omit<SignalFormModalProps, 'opened'>) {
  const { t } = useTranslation()
  const { active } = useActiveProgramme()
  const streets = useStreetOptions(active.id)
  const partners = usePartnerOptions(active.id)
  const [values, setValues] = useState<SignalFieldValues>(() => ({
    ...emptySignalFields(),
    ...(door ? { consentOn: door.date } : {}),
  }))
  const [streetId, setStreetId] = useState<string | null>(door?.streetId ?? null)
  const streetName = streets.find((option) => option.value === streetId)?.label ?? ''
  const addresses = useAddressOptions(door ? null : streetId, streetName)
  const [addressId, setAddressId] = useState<string | null>(door?.addressId ?? null)
  const [date, setDate] = useState<string | null>(door?.date ?? localToday())
  const [route, setRoute] = useState<RouteChoice>('nog-niet')
  const [partnerId, setPartnerId] = useState<string | null>(null)
  const [contactPerson, setContactPerson] = useState('')
  const [errors, setErrors] = useState<Record<string, string | undefined>>({})
  const [warning, setWarning] = useState<SensitiveKind[]>([])
  const handled = { onError: (error: { code: string; field?: string }) => error.field !== undefined }
  const record = useApiMutation('signal.record', handled)
  const handOver = useApiMutation('signal.handOver', handled)
  const consented = values.consent !== null && values.consent !== 'geen'
  const partner = partners.find((candidate) => candidate.id === partnerId)
  const routes: RouteChoice[] = [
    'nog-niet',
    'buren',
    'eigen-netwerk',
    ...(values.consent === 'doorgeven' ? (['warme-overdracht'] as const) : []),
  ]

  const submit = async (confirmed = false) => {
    const problems = signalFieldProblems(values, t)
    if (!streetId) problems.streetId = t('residents.signals.form.streetRequired')
    if (consented && route === 'warme-overdracht' && !partnerId)
      problems.partnerId = t('residents.signals.form.partnerRequired')
    setErrors(problems)
    if (Object.keys(problems).length > 0 || !streetId || !values.category || !values.consent) return
    const kinds = consented && !confirmed ? findSensitiveNumbers(values.note) : []
    setWarning(kinds)
    if (kinds.length > 0) return
    const when = date ?? localToday()
    const outcome = await record.mutate(
      values.consent === 'geen'
        ? { streetId, category: values.category, consent: 'geen', date: when }
        : {
            ...(addressId ? { addressId } : { streetId }),
            category: values.category,
            consent: values.consent,
            consentHow: values.consentHow,
            consentOn: values.consentOn ?? when,
            note: values.note,
            date: when,
            ...(route === 'buren' || route === 'eigen-netwerk' ? { route } : {}),
            ...(door?.sessionId ? { sessionId: door.sessionId } : {}),
          },
    )
    if (!outcome.ok) {
      setErrors({ [outcome.error.field ?? 'category']: outcome.error.message })
      return
    }
    if (route === 'warme-overdracht' && partnerId) {
      const handed = await handOver.mutate({
        signalId: outcome.value.item.signal.id,
        partnerId,
        contactPerson,
        date: when,
      })
      if (!handed.ok) {
        setErrors({ partnerId: handed.error.message })
        return
      }
    }
    notifySuccess(
      values.consent === 'geen'
        ? t('residents.signals.form.savedCountOnly')
        : t('residents.signals.form.saved'),
    )
    onSaved?.(values.consent === 'geen')
    onClose()
  }

  return (
    <form
      noValidate
      aria-label={t('residents.signals.form.title')}
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
    >
      <Stack gap="md">
        {door ? (
          <Text size="sm" c="dimmed">
            {t('residents.signals.form.doorHint')}
          </Text>
        ) : (
          <div className={classes.pair}>
            <Select
              label={t('residents.signals.form.street')}
              data={streets}
              value={streetId}
              onChange={(value) => {
                setStreetId(value)
                setAddressId(null)
              }}
              searchable
              withAsterisk
              error={errors.streetId}
              comboboxProps={{ withinPortal: true }}
            />
            <DateField
              label={t('residents.signals.form.date')}
              value={date}
              onChange={setDate}
              maxDate={localToday()}
              error={errors.date}
            />
          </div>
        )}
        <SignalFields
          values={values}
          onChange={(next) => {
            setValues(next)
            setWarning([])
            if (next.consent !== 'doorgeven' && route === 'warme-overdracht') setRoute('nog-niet')
          }}
          errors={errors}
          autoFocus
        />
        {consented && !door && (
          <Select
            label={t('residents.signals.form.address')}
            description={t('residents.signals.form.addressHint')}
            data={addresses}
            value={addressId}
            onChange={setAddressId}
            searchable
            clearable
            disabled={streetId === null}
            error={errors.addressId}
            comboboxProps={{ withinPortal: true }}
          />
        )}
        {consented && (
          <Select
            label={t('residents.signals.form.route')}
            data={routes.map((value) => ({
              value,
              label:
                value === 'nog-niet'
                  ? t('residents.signals.form.routeLater')
                  : t(`vocabulary.signalRoute.${value}`),
            }))}
            value={route}
            onChange={(value) => value && setRoute(value as RouteChoice)}
            allowDeselect={false}
            error={errors.route}
            comboboxProps={{ withinPortal: true }}
          />
        )}
        {consented && route === 'warme-overdracht' && (
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
              error={errors.partnerId}
              comboboxProps={{ withinPortal: true }}
            />
            <Autocomplete
              label={t('residents.signals.handover.contactPerson')}
              data={partner?.contacts.map((contact) => contact.name) ?? []}
              value={contactPerson}
              onChange={setContactPerson}
              maxLength={120}
              error={errors.contactPerson}
              comboboxProps={{ withinPortal: true }}
            />
          </div>
        )}
        {warning.length > 0 && (
          <SensitiveNoteWarning
            kinds={warning}
            onEdit={() => setWarning([])}
            onSaveAnyway={() => void submit(true)}
          />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={record.isPending || handOver.isPending}>
            {t('residents.signals.form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
