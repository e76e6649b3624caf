import { Alert, Button, Group, Modal, MultiSelect, Select, Stack, Textarea } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type IdeaStatus } from '../../../../shared/model/vocabulary'
import { DateField } from '../../components/forms/DateField'
import { localToday } from '../../components/local-today'
import { AddPartnerInline } from './AddPartnerInline'
import { type Option } from './use-idea-lookups'

/** What the coach filled in for a status change. */
export interface StatusChangeDetails {
  status: IdeaStatus
  note: string
  reason?: string
  partnerIds?: string[]
  ask?: string
  /** The day it happened (`yyyy-MM-dd`); the API takes today without it. */
  date?: string
  /** With "gerealiseerd": what changed for residents. */
  whatChanged?: string
}

interface StatusChangeDialogProps {
  opened: boolean
  ideaTitle: string
  /** The statuses to choose from; with one, the choice is fixed (a drop on the board). */
  targets: IdeaStatus[]
  partners: Option[]
  busy: boolean
  onConfirm: (details: StatusChangeDetails) => void
  onCancel: () => void
}

/**
 * Asks what a status change needs: the partner(s) and the ask for "ingebracht", the reason for "niet
 * haalbaar", what changed for residents for "gerealiseerd", the day it happened (today unless the
 * coach says otherwise) and an optional note for any change.
 */
export function StatusChangeDialog(props: StatusChangeDialogProps) {
  const { t } = useTranslation()
  const { opened, targets, busy, onCancel } = props
  const title =
    targets.length === 1 && targets[0]
      ? t('ideas.statusDialog.titleTo', { status: t(`ideas.statusWord.${targets[0]}`) })
      : t('ideas.statusDialog.title')
  return (
    <Modal
      opened={opened}
      onClose={busy ? () => undefined : onCancel}
      title={title}
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {opened && <StatusChangeForm key={targets.join(',')} {...props} />}
    </Modal>
  )
}

function StatusChangeForm({
  ideaTitle,
  targets,
  partners,
  busy,
  onConfirm,
  onCancel,
}: StatusChangeDialogProps) {
  const { t } = useTranslation()
  const [status, setStatus] = useState<IdeaStatus | undefined>(targets.length === 1 ? targets[0] : undefined)
  const [partnerIds, setPartnerIds] = useState<string[]>([])
  const [ask, setAsk] = useState('')
  const [reason, setReason] = useState('')
  const [note, setNote] = useState('')
  const [date, setDate] = useState<string | null>(localToday())
  const [whatChanged, setWhatChanged] = useState('')
  const [problem, setProblem] = useState<string | undefined>()
  // Partners added in this dialog, shown until the reloaded list has them.
  const [added, setAdded] = useState<Option[]>([])
  const partnerOptions = [...partners, ...added.filter((a) => !partners.some((p) => p.value === a.value))]

  const submit = () => {
    if (!status) return
    if (status === 'ingebracht' && partnerIds.length === 0)
      return setProblem(t('ideas.statusDialog.partnersRequired'))
    if (status === 'niet-haalbaar' && reason.trim() === '')
      return setProblem(t('ideas.statusDialog.reasonRequired'))
    onConfirm({
      status,
      note,
      ...(date ? { date } : {}),
      ...(status === 'ingebracht' ? { partnerIds, ask } : {}),
      ...(status === 'niet-haalbaar' ? { reason } : {}),
      ...(status === 'gerealiseerd' && whatChanged.trim() !== '' ? { whatChanged } : {}),
    })
  }

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        submit()
      }}
    >
      <Stack gap="md">
        <Alert variant="light" color="gray" p="sm">
          {ideaTitle}
        </Alert>
        {targets.length > 1 && (
          <Select
            label={t('ideas.statusDialog.target')}
            data={targets.map((value) => ({ value, label: t(`vocabulary.ideaStatus.${value}`) }))}
            value={status ?? null}
            onChange={(value) => {
              setStatus((value as IdeaStatus | null) ?? undefined)
              setProblem(undefined)
            }}
            allowDeselect={false}
            data-autofocus
            comboboxProps={{ withinPortal: true }}
          />
        )}
        {status === 'ingebracht' && (
          <>
            <MultiSelect
              label={t('ideas.statusDialog.partners')}
              placeholder={t('ideas.statusDialog.partnersPlaceholder')}
              description={partnerOptions.length === 0 ? t('flow.partner.noPartnersYet') : undefined}
              data={partnerOptions}
              value={partnerIds}
              onChange={(value) => {
                setPartnerIds(value)
                setProblem(undefined)
              }}
              withAsterisk
              data-autofocus={targets.length === 1 ? true : undefined}
              error={problem !== undefined && partnerIds.length === 0 ? problem : undefined}
              comboboxProps={{ withinPortal: true }}
            />
            <AddPartnerInline
              onAdded={(partner) => {
                setAdded((previous) => [...previous, partner])
                setPartnerIds((previous) => [...previous, partner.value])
                setProblem(undefined)
              }}
            />
            <Textarea
              label={t('ideas.statusDialog.ask')}
              placeholder={t('ideas.statusDialog.askPlaceholder')}
              value={ask}
              onChange={(event) => setAsk(event.currentTarget.value)}
              autosize
              minRows={2}
            />
          </>
        )}
        {status === 'niet-haalbaar' && (
          <Textarea
            label={t('ideas.statusDialog.reason')}
            placeholder={t('ideas.statusDialog.reasonPlaceholder')}
            value={reason}
            onChange={(event) => {
              setReason(event.currentTarget.value)
              setProblem(undefined)
            }}
            withAsterisk
            autosize
            minRows={2}
            data-autofocus={targets.length === 1 ? true : undefined}
            error={problem}
          />
        )}
        {status === 'gerealiseerd' && (
          <Textarea
            label={t('ideas.statusDialog.whatChanged')}
            placeholder={t('ideas.statusDialog.whatChangedPlaceholder')}
            value={whatChanged}
            onChange={(event) => setWhatChanged(event.currentTarget.value)}
            autosize
            minRows={2}
          />
        )}
        {status !== undefined && (
          <DateField
            label={t('ideas.statusDialog.date')}
            description={t('ideas.statusDialog.dateHint')}
            value={date}
            onChange={setDate}
            maxDate={localToday()}
            popoverProps={{ withinPortal: true }}
          />
        )}
        {status !== undefined && (
          <Textarea
            label={t('ideas.statusDialog.note')}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            autosize
            minRows={2}
            data-autofocus={
              targets.length === 1 && status !== 'ingebracht' && status !== 'niet-haalbaar' ? true : undefined
            }
          />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy} disabled={status === undefined}>
            {t('ideas.statusDialog.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
