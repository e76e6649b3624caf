import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { createRedactor } from '../../../shared/domain/redaction'
import { type ApiClientError } from '../api/api-client-error'
import { useApiQuery } from '../api/use-api-query'

/** The redaction pass for an anonymised output on screen, once the programme's names are loaded. */
export interface RedactorState {
  redact: ((text: string) => string) | undefined
  error: ApiClientError | undefined
  retry: () => void
}

/**
 * The one redaction pass (shared/domain/redaction) for the programme's anonymised outputs on screen:
 * the presentation and the printed verslag. Placeholders follow the interface language.
 */
export function useRedactor(programmeId: string): RedactorState {
  const { i18n } = useTranslation()
  const terms = useApiQuery('privacy.redactionTerms', { programmeId })
  const language = i18n.language === 'en' ? 'en' : 'nl'
  const redact = useMemo(
    () => (terms.data ? createRedactor(terms.data, { language }) : undefined),
    [terms.data, language],
  )
  return { redact, error: terms.error, retry: terms.refresh }
}
