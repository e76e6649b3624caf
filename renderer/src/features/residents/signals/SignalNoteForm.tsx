import { Button, Group, Select, Stack, Textarea } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type SignalDetail } from '../../../../../shared/api/methods/residents'
import { type SignalRoute } from '../../../../../shared/model/resident-vocabulary'
import { useApiMutation } from '../../../api/use-api-mutation'
import { notifySuccess } from '../../../components/notifications'

type RouteChoice = Exclude<SignalRoute, 'warme-overdracht'> | 'nog-niet'

/** The note of a signal (shown nowhere else) and, before a handover, who picks it up. */
export function SignalNoteForm({ item }: { item: SignalDetail }) {
  const { t } = useTranslation()
  const { signal } = item
  const handedOver = signal.handover !== undefined
  const [note, setNote] = useState(item.note)
  const [route, setRoute] = useState<RouteChoice>(
    signal.route === 'buren' || signal.route === 'eigen-netwerk' ? signal.route : 'nog-niet',
  )
  const [error, setError] = useState<string | undefined>()
  const update = useApiMutation('signal.update', {
    onError: (failure) => {
      setError(failure.message)
      return true
    },
  })
  const save = async () => {
    setError(undefined)
    const outcome = await update.mutate({
      signalId: signal.id,
      note,
      ...(handedOver ? {} : { route: route === 'nog-niet' ? null : route }),
    })
    if (outcome.ok) notifySuccess(t('residents.signals.detail.saved'))
  }
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        void save()
      }}
    >
      <Stack gap="sm">
        <Textarea
          label={t('residents.signals.detail.note')}
          description={t('residents.signals.form.noteHint')}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={4000}
          error={error}
          data-testid="signal-note"
        />
        <Group align="flex-end" gap="sm">
          {!handedOver && (
            <Select
              label={t('residents.signals.form.route')}
              data={(['nog-niet', 'buren', 'eigen-netwerk'] as const).map((value) => ({
                value,
                label:
                  value === 'nog-niet'
                    ? t('residents.signals.form.routeLater')
                    : t(`vocabulary.signalRoute.${value}`),
              }))}
              value={route}
              onChange={(value) => value && setRoute(value as RouteChoice)}
              allowDeselect={false}
              w={320}
              comboboxProps={{ withinPortal: true }}
            />
          )}
          <Button type="submit" variant="default" loading={update.isPending}>
            {t('residents.signals.detail.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
