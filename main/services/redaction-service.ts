import { type ApiParsedInput } from '../../shared/api'
import { redactionTermsOf, type RedactionTerms } from '../../shared/domain/redaction'
import { findProgramme } from './programme-service'
import { requireStore } from './require-store'
import { type ServiceDeps } from './types'

/** privacy.redactionTerms: what the renderer's anonymised outputs remove from free text. */
export function createRedactionService({ stores }: ServiceDeps) {
  return {
    'privacy.redactionTerms': async ({
      programmeId,
    }: ApiParsedInput<'privacy.redactionTerms'>): Promise<RedactionTerms> => {
      const data = requireStore(stores).read()
      findProgramme(data, programmeId)
      // Every programme's names: a resident of one programme may be mentioned in another's notes.
      return redactionTermsOf(data)
    },
  }
}
