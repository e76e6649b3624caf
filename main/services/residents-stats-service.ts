import { type ApiParsedInput } from '../../shared/api'
import { computeResidentsFigures } from '../../shared/domain/residents-figures'
import { type ResidentsFigures } from '../../shared/domain/residents-figures-types'
import { localDate } from './clock'
import { findProgramme } from './programme-service'
import { requireStore } from './require-store'
import { type ServiceDeps } from './types'

/** stats.residents: the "bewoners aan zet" figures the dashboard, reports and presentation share. */
export function createResidentsStatsService({ stores, clock }: ServiceDeps) {
  return {
    'stats.residents': async ({
      programmeId,
    }: ApiParsedInput<'stats.residents'>): Promise<ResidentsFigures> => {
      const data = requireStore(stores).read()
      findProgramme(data, programmeId)
      return computeResidentsFigures(data, programmeId, { asOf: localDate(clock) })
    },
  }
}
