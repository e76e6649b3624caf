import { Button, Group, Modal, MultiSelect, Select, Stack, Textarea } from '@mantine/core'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type ConnectionListItem } from '../../../../../shared/api/methods/residents'
import { type ConnectionKind, connectionKinds } from '../../../../../shared/model/resident-vocabulary'
import { useApiMutation } from '../../../api/use-api-mutation'
import { useApiQuery } from '../../../api/use-api-query'
import { useActiveProgramme } from '../../../app/active-programme-context'
import { notifySuccess } from '../../../components/notifications'
import { useFormatters } from '../../../components/use-formatters'
import { localToday } from '../../../components/local-today'
import classes from '../Residents.module.css'
import { DateField } from '../../../components/forms/DateField'
import {
  type Option,
  useAddressOptions,
  useIdeaOptions,
  useResidentOptions,
  useStreetOptions,
} from '../use-resident-options'

interface ConnectionFormModalProps {
  opened: boolean
  item?: ConnectionListItem
  /** A new connection that grows from this signal (picked up by neighbours). */
  signalId?: string
  onClose: () => void
}

/** Records (or changes) a connection: what kind, who and which addresses, when, from which idea or signal. */
export function ConnectionFormModal({ opened, item, signalId, onClose }: ConnectionFormModalProps) {
  const { t } = useTranslation()
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={item ? t('residents.connections.editTitle') : t('residents.connections.newTitle')}
      size="lg"
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {opened && <ConnectionForm item={item} signalId={signalId} onClose={onClose} />}
    </Modal>
  )
}

/** Signals with consent that neighbours could pick up, as options. */
function useSignalOptions(programmeId: string): Option[] {
  const { t } = useTranslation()
  const format = useFormatters()
  const signals = useApiQuery('signal.list', { programmeId })
  return useMemo(
    () =>
      (signals.data ?? [])
        .filter(
          (entry) => !entry.countOnly && (entry.signal.route === undefined || entry.signal.route === 'buren'),
        )
        .map((entry) => ({
          value: entry.signal.id,
          label: `${t(`vocabulary.signalCategory.${entry.signal.category}`)} · ${entry.streetName} · ${format.date(entry.signal.date)}`,
        })),
    [signals.data, t, format],
  )
}

function ConnectionForm({ item, signalId, onClose }: Omit<ConnectionFormModalProps, 'opened'>) {
  const { t } = useTranslation()
  const { active } = useActiveProgramme()
  const streets = useStreetOptions(active.id)
  const ideas = useIdeaOptions(active.id)
  const residents = useResidentOptions(active.id)
  const signals = useSignalOptions(active.id)
  const existing = item?.connection
  const [kind, setKind] = useState<ConnectionKind>(existing?.kind ?? 'burenhulp')
  const [description, setDescription] = useState(existing?.description ?? '')
  const [date, setDate] = useState<string | null>(existing?.date ?? localToday())
  const [residentIds, setResidentIds] = useState<string[]>(existing?.residentIds ?? [])
  const [streetId, setStreetId] = useState<string | null>(existing?.streetIds[0] ?? null)
  const streetName = streets.find((option) => option.value === streetId)?.label ?? ''
  const streetAddresses = useAddressOptions(streetId, streetName)
  const [addressIds, setAddressIds] = useState<string[]>(existing?.addressIds ?? [])
  // Labels of chosen addresses of other streets than the one shown, so they stay readable.
  const [chosenLabels, setChosenLabels] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      (existing?.addressIds ?? []).map((id, i) => [
        id,
        item?.parties[(existing?.residentIds.length ?? 0) + i] ?? id,
      ]),
    ),
  )
  const addressOptions = useMemo(() => {
    const shown = new Set(streetAddresses.map((option) => option.value))
    return [
      ...streetAddresses,
      ...addressIds
        .filter((id) => !shown.has(id))
        .map((id) => ({ value: id, label: chosenLabels[id] ?? id })),
    ]
  }, [streetAddresses, addressIds, chosenLabels])
  const [ideaId, setIdeaId] = useState<string | null>(existing?.ideaId ?? null)
  const [fromSignal, setFromSignal] = useState<string | null>(existing?.signalId ?? signalId ?? null)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const handled = {
    onError: (error: { code: string; field?: string }) =>
      error.code === 'VALIDATION_FAILED' && error.field !== undefined,
  }
  const create = useApiMutation('connection.create', handled)
  const update = useApiMutation('connection.update', handled)

  const submit = async () => {
    if (residentIds.length + addressIds.length === 0) {
      setErrors({ addressIds: t('residents.connections.partiesRequired') })
      return
    }
    setErrors({})
    const fields = { kind, description, residentIds, addressIds, ...(date ? { date } : {}) }
    const outcome = existing
      ? await update.mutate({ connectionId: existing.id, ...fields, ideaId: ideaId ?? null })
      : await create.mutate({
          programmeId: active.id,
          ...fields,
          ...(ideaId ? { ideaId } : {}),
          ...(fromSignal ? { signalId: fromSignal } : {}),
        })
    if (!outcome.ok) {
      setErrors({ [outcome.error.field ?? 'addressIds']: outcome.error.message })
      return
    }
    notifySuccess(existing ? t('residents.connections.saved') : t('residents.connections.added'))
    onClose()
  }

  return (
    <form
      noValidate
      aria-label={existing ? t('residents.connections.editTitle') : t('residents.connections.newTitle')}
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
    >
      <Stack gap="md">
        <div className={classes.pair}>
          <Select
            label={t('residents.connections.kind')}
            data={connectionKinds.map((value) => ({ value, label: t(`vocabulary.connectionKind.${value}`) }))}
            value={kind}
            onChange={(value) => value && setKind(value as ConnectionKind)}
            allowDeselect={false}
            data-autofocus
            comboboxProps={{ withinPortal: true }}
          />
          <DateField
            label={t('residents.connections.date')}
            value={date}
            onChange={setDate}
            maxDate={localToday()}
            error={errors.date}
          />
        </div>
        <Textarea
          label={t('residents.connections.description')}
          description={t('residents.connections.descriptionHint')}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={2000}
          error={errors.description}
        />
        <MultiSelect
          label={t('residents.connections.residents')}
          description={t('residents.connections.residentsHint')}
          data={residents}
          value={residentIds}
          onChange={setResidentIds}
          searchable
          clearable
          error={errors.residentIds}
          comboboxProps={{ withinPortal: true }}
        />
        <div className={classes.pair}>
          <Select
            label={t('residents.connections.street')}
            data={streets}
            value={streetId}
            onChange={setStreetId}
            searchable
            comboboxProps={{ withinPortal: true }}
          />
          <MultiSelect
            label={t('residents.connections.addresses')}
            data={addressOptions}
            value={addressIds}
            onChange={(values) => {
              setAddressIds(values)
              setChosenLabels((labels) => ({
                ...labels,
                ...Object.fromEntries(
                  streetAddresses.filter((o) => values.includes(o.value)).map((o) => [o.value, o.label]),
                ),
              }))
            }}
            searchable
            clearable
            error={errors.addressIds}
            comboboxProps={{ withinPortal: true }}
          />
        </div>
        <div className={classes.pair}>
          <Select
            label={t('residents.connections.idea')}
            data={ideas}
            value={ideaId}
            onChange={setIdeaId}
            searchable
            clearable
            error={errors.ideaId}
            comboboxProps={{ withinPortal: true }}
          />
          {!existing && (
            <Select
              label={t('residents.connections.signal')}
              description={t('residents.connections.signalHint')}
              data={signals}
              value={fromSignal}
              onChange={setFromSignal}
              clearable
              error={errors.signalId}
              comboboxProps={{ withinPortal: true }}
            />
          )}
        </div>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {t('residents.connections.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
