import { Alert, Button, Select, Switch, Text } from '@mantine/core'
import { IconLock, IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useApiQuery } from '../../../api/use-api-query'
import { useActiveProgramme } from '../../../app/active-programme-context'
import { ErrorState } from '../../../components/ErrorState'
import { LoadingState } from '../../../components/LoadingState'
import { useFormatters } from '../../../components/use-formatters'
import { FigureTiles } from '../FigureTiles'
import classes from '../Residents.module.css'
import { useStreetOptions } from '../use-resident-options'
import { SignalDetailModal } from './SignalDetailModal'
import { SignalFormModal } from './SignalFormModal'
import { SignalTable } from './SignalTable'

/** Signals: a privacy reminder, the figures, the list (without notes) and recording a new one. */
export function SignalsSection() {
  const { t } = useTranslation()
  const format = useFormatters()
  const { active } = useActiveProgramme()
  const streets = useStreetOptions(active.id)
  const [streetId, setStreetId] = useState<string | null>(null)
  const [openOnly, setOpenOnly] = useState(false)
  const figures = useApiQuery('stats.residents', { programmeId: active.id })
  const signals = useApiQuery('signal.list', {
    programmeId: active.id,
    openOnly,
    ...(streetId ? { streetId } : {}),
  })
  const [adding, setAdding] = useState(false)
  const [shown, setShown] = useState<string | undefined>()
  const s = figures.data?.signals
  return (
    <>
      <Alert
        color="krachtstroom"
        variant="light"
        icon={<IconLock size={20} aria-hidden />}
        title={t('residents.signals.privacyTitle')}
        mb="lg"
        styles={{ title: { color: 'var(--mantine-color-black)' } }}
      >
        {t('residents.signals.privacy')}
      </Alert>
      {s && (
        <FigureTiles
          label={t('residents.figures.label')}
          figures={[
            {
              id: 'signals',
              label: t('residents.figures.signals'),
              value: format.number(s.total),
              detail: t('residents.figures.countOnly', { count: s.countOnly }),
            },
            {
              id: 'open',
              label: t('residents.figures.openSignals'),
              value: format.number(s.byStatus.open + s.byStatus.opgepakt),
            },
            {
              id: 'handovers',
              label: t('residents.figures.handovers'),
              value: format.number(s.handovers.handovers),
              detail: t('residents.figures.pickedUp', { count: s.handovers.pickedUp }),
            },
            {
              id: 'waiting',
              label: t('residents.figures.waiting'),
              value: format.number(s.handovers.waiting),
              detail:
                s.handovers.waiting > 0
                  ? t('residents.figures.longestWait', { count: s.handovers.longestWaitingDays })
                  : undefined,
            },
          ]}
        />
      )}
      <div className={classes.toolbar}>
        <Select
          label={t('residents.signals.filterStreet')}
          placeholder={t('residents.signals.allStreets')}
          data={streets}
          value={streetId}
          onChange={setStreetId}
          clearable
          searchable
          w={260}
          comboboxProps={{ withinPortal: true }}
        />
        <Switch
          label={t('residents.signals.openOnly')}
          checked={openOnly}
          onChange={(event) => setOpenOnly(event.currentTarget.checked)}
          mb={8}
        />
        <Button ml="auto" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
          {t('residents.signals.add')}
        </Button>
      </div>
      {signals.data ? (
        signals.data.length === 0 ? (
          <Text c="dimmed">{t('residents.signals.none')}</Text>
        ) : (
          <SignalTable items={signals.data} onOpen={setShown} />
        )
      ) : signals.error ? (
        <ErrorState error={signals.error} onRetry={signals.refresh} />
      ) : (
        <LoadingState />
      )}
      <SignalFormModal opened={adding} onClose={() => setAdding(false)} />
      <SignalDetailModal signalId={shown} onClose={() => setShown(undefined)} />
    </>
  )
}
