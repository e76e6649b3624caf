import { type ApiParsedInput } from '../../shared/api'
import { computeProgrammeStats } from '../../shared/domain/stats'
import { type ProgrammeStats } from '../../shared/domain/stats-types'
import { localDate } from './clock'
import { findProgramme } from './programme-service'
import { requireStore } from './require-store'
import { type ServiceDeps } from './types'

/** stats.programme: the key figures the dashboard and the reports share. */
export function createStatsService({ stores, clock }: ServiceDeps) {
  return {
    'stats.programme': async ({
      programmeId,
    }: ApiParsedInput<'stats.programme'>): Promise<ProgrammeStats> => {
      const data = requireStore(stores).read()
      findProgramme(data, programmeId)
      return computeProgrammeStats(data, programmeId, localDate(clock))
    },
  }
}
