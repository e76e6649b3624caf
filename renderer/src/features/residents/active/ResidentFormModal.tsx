import { Button, Checkbox, Fieldset, Group, Modal, Select, Stack, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type ResidentListItem } from '../../../../../shared/api/methods/residents'
import { type ResidentRole, residentRoles } from '../../../../../shared/model/resident-vocabulary'
import { useApiMutation } from '../../../api/use-api-mutation'
import { useActiveProgramme } from '../../../app/active-programme-context'
import { notifySuccess } from '../../../components/notifications'
import { localToday } from '../../../components/local-today'
import classes from '../Residents.module.css'
import { useAddressOptions, useIdeaOptions, useStreetOptions } from '../use-resident-options'
import { DateField } from '../../../components/forms/DateField'

interface ResidentFormModalProps {
  opened: boolean
  /** The resident to edit; without it a new one is added (with a first role). */
  item?: ResidentListItem
  /** For a new resident: the idea the first role is on (from an idea's page). */
  ideaId?: string
  onClose: () => void
}

/** Adds an active resident at an address with a first role, or changes a resident's address, pseudonym or name. */
export function ResidentFormModal({ opened, item, ideaId, onClose }: ResidentFormModalProps) {
  const { t } = useTranslation()
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={item ? t('residents.form.editTitle') : t('residents.form.newTitle')}
      size="lg"
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {opened && <ResidentForm item={item} ideaId={ideaId} onClose={onClose} />}
    </Modal>
  )
}

function ResidentForm({ item, ideaId, onClose }: Omit<ResidentFormModalProps, 'opened'>) {
  const { t } = useTranslation()
  const { active } = useActiveProgramme()
  const streets = useStreetOptions(active.id)
  const ideas = useIdeaOptions(active.id)
  const [streetId, setStreetId] = useState<string | null>(item?.resident.streetId ?? null)
  const streetName = streets.find((option) => option.value === streetId)?.label ?? ''
  const addresses = useAddressOptions(streetId, streetName)
  const [addressId, setAddressId] = useState<string | null>(item?.resident.addressId ?? null)
  const [pseudonym, setPseudonym] = useState(item?.resident.pseudonym ?? '')
  const [consent, setConsent] = useState(item?.resident.consentToBeNamed ?? false)
  const [name, setName] = useState(item?.resident.name ?? '')
  const [role, setRole] = useState<ResidentRole>('trekker')
  const [roleIdea, setRoleIdea] = useState<string | null>(ideaId ?? null)
  const [start, setStart] = useState<string | null>(localToday())
  const [errors, setErrors] = useState<Record<string, string>>({})
  const handled = {
    onError: (error: { code: string; field?: string }) =>
      error.code === 'VALIDATION_FAILED' && error.field !== undefined,
  }
  const create = useApiMutation('resident.create', handled)
  const update = useApiMutation('resident.update', handled)

  const submit = async () => {
    const problems: Record<string, string> = {}
    if (!addressId) problems.addressId = t('residents.form.addressRequired')
    if (!item && role !== 'buurtcontact' && !roleIdea)
      problems['role.ideaId'] = t('residents.form.ideaRequired')
    setErrors(problems)
    if (Object.keys(problems).length > 0 || !addressId) return
    const named = { consentToBeNamed: consent, name: consent ? name : '' }
    const outcome = item
      ? await update.mutate({
          residentId: item.resident.id,
          addressId,
          ...(pseudonym.trim() === '' ? {} : { pseudonym }),
          ...named,
        })
      : await create.mutate({
          programmeId: active.id,
          addressId,
          ...(pseudonym.trim() === '' ? {} : { pseudonym }),
          ...named,
          role: { role, ...(roleIdea ? { ideaId: roleIdea } : {}), ...(start ? { start } : {}) },
        })
    if (!outcome.ok) {
      setErrors({ [outcome.error.field ?? 'addressId']: outcome.error.message })
      return
    }
    notifySuccess(item ? t('residents.form.saved') : t('residents.form.added'))
    onClose()
  }

  return (
    <form
      noValidate
      aria-label={item ? t('residents.form.editTitle') : t('residents.form.newTitle')}
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
    >
      <Stack gap="md">
        <div className={classes.pair}>
          <Select
            label={t('residents.form.street')}
            data={streets}
            value={streetId}
            onChange={(value) => {
              setStreetId(value)
              setAddressId(null)
            }}
            searchable
            withAsterisk
            data-autofocus
            comboboxProps={{ withinPortal: true }}
          />
          <Select
            label={t('residents.form.address')}
            data={addresses}
            value={addressId}
            onChange={setAddressId}
            searchable
            withAsterisk
            disabled={streetId === null}
            error={errors.addressId}
            comboboxProps={{ withinPortal: true }}
          />
        </div>
        <TextInput
          label={t('residents.form.pseudonym')}
          description={t('residents.form.pseudonymHint')}
          placeholder={streetName ? t('residents.form.pseudonymPlaceholder', { street: streetName }) : ''}
          value={pseudonym}
          onChange={(event) => setPseudonym(event.currentTarget.value)}
          error={errors.pseudonym}
          maxLength={120}
          autoComplete="off"
        />
        <Checkbox
          label={t('residents.form.consent')}
          description={t('residents.form.consentHint')}
          checked={consent}
          onChange={(event) => setConsent(event.currentTarget.checked)}
        />
        {consent && (
          <TextInput
            label={t('residents.form.name')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={errors.name}
            maxLength={120}
            autoComplete="off"
          />
        )}
        {!item && (
          <Fieldset legend={t('residents.form.firstRole')} variant="unstyled">
            <div className={classes.pair}>
              <Select
                label={t('residents.role.role')}
                data={residentRoles.map((value) => ({ value, label: t(`vocabulary.residentRole.${value}`) }))}
                value={role}
                onChange={(value) => value && setRole(value as ResidentRole)}
                allowDeselect={false}
                comboboxProps={{ withinPortal: true }}
              />
              <Select
                label={t('residents.role.idea')}
                description={role === 'buurtcontact' ? t('residents.role.ideaOptional') : undefined}
                data={ideas}
                value={roleIdea}
                onChange={setRoleIdea}
                searchable
                clearable
                error={errors['role.ideaId']}
                comboboxProps={{ withinPortal: true }}
              />
              <DateField
                label={t('residents.role.start')}
                value={start}
                onChange={setStart}
                maxDate={localToday()}
                error={errors['role.start']}
              />
            </div>
          </Fieldset>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {item ? t('residents.form.save') : t('residents.form.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
