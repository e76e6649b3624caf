import { createContext, useContext } from 'react'
import { type ProgrammeSummary } from '../../../shared/model/programme'
import { type Settings } from '../../../shared/model/settings'

/** The programme the coach works in, the others to switch to, and the app settings. */
export interface ActiveProgrammeValue {
  programmes: ProgrammeSummary[]
  active: ProgrammeSummary
  settings: Settings
  /** Makes another programme the active one (saved in the settings). */
  select: (programmeId: string) => Promise<void>
  isSwitching: boolean
}

export const ActiveProgrammeContext = createContext<ActiveProgrammeValue | undefined>(undefined)

/** The active programme; only inside the app shell, where at least one programme exists. */
export function useActiveProgramme(): ActiveProgrammeValue {
  const value = useContext(ActiveProgrammeContext)
  if (!value) throw new Error('useActiveProgramme buiten ActiveProgrammeProvider')
  return value
}
