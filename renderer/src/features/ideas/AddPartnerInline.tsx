import { Button, Group, Paper, Select, TextInput } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type PartnerKind, partnerKinds } from '../../../../shared/model/vocabulary'
import { useApiMutation } from '../../api/use-api-mutation'
import { useActiveProgramme } from '../../app/active-programme-context'
import { serverErrorField } from '../../components/forms/server-field-error'

/** A partner just added, as a select option. */
export interface AddedPartner {
  value: string
  label: string
}

/**
 * "Nieuwe partner" inside the bring-to-partner dialog: a name and a kind, added to the programme and
 * chosen at once, so a new programme is never a dead end. Enter adds the partner (not the dialog).
 */
export function AddPartnerInline({ onAdded }: { onAdded: (partner: AddedPartner) => void }) {
  const { t } = useTranslation()
  const { active } = useActiveProgramme()
  const [open, setOpen] = useState(false)
  const [name, setName] = useState('')
  const [kind, setKind] = useState<PartnerKind>('anders')
  const [problem, setProblem] = useState<string | undefined>()
  const nameRef = useRef<HTMLInputElement>(null)
  useEffect(() => {
    if (open) nameRef.current?.focus()
  }, [open])
  const create = useApiMutation('partner.create', {
    onError: (error) => {
      if (serverErrorField(error, ['name', 'kind'] as const) === undefined) return false
      setProblem(error.message)
      return true
    },
  })

  const add = async () => {
    if (name.trim() === '') return setProblem(t('flow.partner.nameRequired'))
    const outcome = await create.mutate({ programmeId: active.id, name: name.trim(), kind })
    if (!outcome.ok) return
    onAdded({ value: outcome.value.id, label: outcome.value.name })
    setName('')
    setKind('anders')
    setOpen(false)
  }

  if (!open) {
    return (
      <div>
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => setOpen(true)}
          data-testid="add-partner-inline"
        >
          {t('flow.partner.addNew')}
        </Button>
      </div>
    )
  }
  return (
    <Paper withBorder p="sm" radius="md" data-testid="new-partner">
      <Group align="flex-start" gap="sm" wrap="wrap">
        <TextInput
          label={t('flow.partner.name')}
          value={name}
          onChange={(event) => {
            setName(event.currentTarget.value)
            setProblem(undefined)
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault()
              void add()
            }
          }}
          error={problem}
          maxLength={160}
          withAsterisk
          ref={nameRef}
          style={{ flex: '1 1 14rem' }}
        />
        <Select
          label={t('flow.partner.kind')}
          data={partnerKinds.map((value) => ({ value, label: t(`vocabulary.partnerKind.${value}`) }))}
          value={kind}
          onChange={(value) => value && setKind(value as PartnerKind)}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
          style={{ flex: '1 1 10rem' }}
        />
      </Group>
      <Group gap="sm" mt="xs">
        <Button size="xs" onClick={() => void add()} loading={create.isPending}>
          {t('flow.partner.add')}
        </Button>
        <Button size="xs" variant="default" onClick={() => setOpen(false)} disabled={create.isPending}>
          {t('common.cancel')}
        </Button>
      </Group>
    </Paper>
  )
}
