import { Button, Group, MultiSelect, NumberInput, Stack, Text, Textarea } from '@mantine/core'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { findSensitiveNumbers } from '../../../../shared/domain/sensitive-text'
import { type Session } from '../../../../shared/model'
import { useApiMutation } from '../../api/use-api-mutation'
import { notifySuccess } from '../../components/notifications'
import classes from './SessionPage.module.css'
import { type NamedOption } from './use-session-options'

interface ReportFormProps {
  session: Session
  partners: NamedOption[]
}

/** Attendees, partners present and notes of a session; saving completes the verslag (and marks it held). */
export function ReportForm({ session, partners }: ReportFormProps) {
  const { t } = useTranslation()
  const save = useApiMutation('session.saveReport')
  // A door round has no attendees: its number is the conversations at the door.
  const doorRound = session.type === 'deur-aan-deur'
  const [attendees, setAttendees] = useState<number | string>(session.report?.attendees ?? 0)
  const [partnerIds, setPartnerIds] = useState<string[]>(
    session.report?.attendingPartnerIds ?? session.invitedPartnerIds,
  )
  const [notes, setNotes] = useState(session.report?.notes ?? '')
  const [attendeesError, setAttendeesError] = useState<string | undefined>(undefined)
  const sensitive = findSensitiveNumbers(notes).length > 0

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const count = typeof attendees === 'number' ? attendees : Number.NaN
    if (!Number.isInteger(count) || count < 0) {
      setAttendeesError(
        t('validation.wholeNumber', {
          label: t(doorRound ? 'sessions.report.doorConversations' : 'sessions.report.attendees'),
        }),
      )
      return
    }
    setAttendeesError(undefined)
    const outcome = await save.mutate({
      sessionId: session.id,
      attendees: count,
      attendingPartnerIds: partnerIds,
      notes,
      complete: true,
    })
    if (outcome.ok) notifySuccess(t('sessions.report.saved'))
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('sessions.report.heading')}>
      <Stack gap="md">
        <div className={classes.reportFields}>
          <NumberInput
            label={t(doorRound ? 'sessions.report.doorConversations' : 'sessions.report.attendees')}
            description={t(
              doorRound ? 'sessions.report.doorConversationsHint' : 'sessions.report.attendeesHint',
            )}
            min={0}
            allowDecimal={false}
            allowNegative={false}
            value={attendees}
            onChange={setAttendees}
            error={attendeesError}
          />
          <MultiSelect
            label={t('sessions.report.attendingPartners')}
            data={partners}
            value={partnerIds}
            onChange={setPartnerIds}
            searchable
            clearable
            hidePickedOptions
            nothingFoundMessage={t('sessions.form.nothingFound')}
            comboboxProps={{ withinPortal: true }}
          />
        </div>
        <Textarea
          label={t('sessions.report.notes')}
          description={t('sessions.report.notesHint')}
          autosize
          minRows={4}
          maxRows={14}
          value={notes}
          onChange={(event) => setNotes(event.currentTarget.value)}
        />
        {sensitive && (
          <Text size="sm" className={classes.sensitive} role="status">
            {t('sessions.report.sensitive')}
          </Text>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {t('sessions.report.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
