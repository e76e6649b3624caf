import { type ReactNode, useCallback, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { activeProgrammeOf } from '../../../shared/domain/active-programme'
import { type ProgrammeSummary } from '../../../shared/model/programme'
import { type Settings } from '../../../shared/model/settings'
import { useApiMutation } from '../api/use-api-mutation'
import { notifySuccess } from '../components/notifications'
import { ActiveProgrammeContext, type ActiveProgrammeValue } from './active-programme-context'

interface ActiveProgrammeProviderProps {
  programmes: ProgrammeSummary[]
  settings: Settings
  children: ReactNode
}

/**
 * Provides the active programme: the one in `settings.activeProgrammeId`, or the newest programme when
 * that one no longer exists. Switching saves the choice through `settings.update`.
 */
export function ActiveProgrammeProvider({ programmes, settings, children }: ActiveProgrammeProviderProps) {
  const { t } = useTranslation()
  const update = useApiMutation('settings.update')
  const { mutate } = update
  const active = activeProgrammeOf(programmes, settings.activeProgrammeId)

  const select = useCallback(
    async (programmeId: string) => {
      const outcome = await mutate({ activeProgrammeId: programmeId })
      const chosen = programmes.find((programme) => programme.id === programmeId)
      if (outcome.ok && chosen) notifySuccess(t('switcher.switched', { name: chosen.name }))
    },
    [mutate, programmes, t],
  )

  const value = useMemo<ActiveProgrammeValue | undefined>(
    () => (active ? { programmes, active, settings, select, isSwitching: update.isPending } : undefined),
    [active, programmes, settings, select, update.isPending],
  )
  if (!value) return null
  return <ActiveProgrammeContext value={value}>{children}</ActiveProgrammeContext>
}
