import { useMemo } from 'react'
import { type ApiClientError } from '../../api/api-client-error'
import { useApiQuery } from '../../api/use-api-query'
import { type ProgrammeSummary } from '../../../../shared/model/programme'
import { useRedactor } from '../../components/use-redactor'
import { localToday } from '../../components/local-today'
import { anonymisePresentationData } from './anonymise-presentation-data'
import { type PresentationData } from './presentation-types'

/** What {@link usePresentationData} answers: the data once everything is loaded, or the first error. */
export interface PresentationDataState {
  data: PresentationData | undefined
  error: ApiClientError | undefined
  retry: () => void
}

/**
 * Loads what the slides are made from: the programme's figures, ideas, partners, open actions and
 * sessions, with every free text through the redaction pass (names, addresses and phone numbers of
 * residents become placeholders) before any slide sees it.
 */
export function usePresentationData(programme: ProgrammeSummary): PresentationDataState {
  const programmeId = programme.id
  const stats = useApiQuery('stats.programme', { programmeId })
  const residents = useApiQuery('stats.residents', { programmeId })
  const ideas = useApiQuery('idea.list', { programmeId })
  const partners = useApiQuery('partner.list', { programmeId })
  const actions = useApiQuery('action.list', { programmeId, openOnly: true })
  const sessions = useApiQuery('session.list', { programmeId })
  const { redact, error: termsError, retry: retryTerms } = useRedactor(programmeId)
  const queries = [stats, residents, ideas, partners, actions, sessions]
  const error = queries.find((query) => query.error)?.error ?? termsError
  const data = useMemo<PresentationData | undefined>(() => {
    if (
      !stats.data ||
      !residents.data ||
      !ideas.data ||
      !partners.data ||
      !actions.data ||
      !sessions.data ||
      !redact
    )
      return undefined
    return anonymisePresentationData(
      {
        programme,
        stats: stats.data,
        residents: residents.data,
        ideas: ideas.data,
        partners: partners.data,
        openActions: actions.data,
        sessions: sessions.data,
        today: localToday(),
      },
      redact,
    )
  }, [programme, stats.data, residents.data, ideas.data, partners.data, actions.data, sessions.data, redact])
  return {
    data,
    error,
    retry: () => {
      for (const query of queries) query.refresh()
      retryTerms()
    },
  }
}
