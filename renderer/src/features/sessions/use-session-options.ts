import { useMemo } from 'react'
import { useApiQuery } from '../../api/use-api-query'
import { type ApiClientError } from '../../api/api-client-error'

/** One choice in a select: id and name. */
export interface NamedOption {
  value: string
  label: string
}

/** The programme's streets, team members and partners as select options, plus a name lookup. */
export interface SessionOptions {
  streets: NamedOption[]
  team: NamedOption[]
  partners: NamedOption[]
  /** Name of a street, team member or partner by id. */
  nameOf: (id: string) => string
  isLoading: boolean
  error: ApiClientError | undefined
  refresh: () => void
}

const byLabel = (a: NamedOption, b: NamedOption) => a.label.localeCompare(b.label, 'nl')

/** Loads the people and places a session can be linked to (streets, team, partners). */
export function useSessionOptions(programmeId: string): SessionOptions {
  const streets = useApiQuery('street.list', { programmeId })
  const team = useApiQuery('team.list', { programmeId })
  const partners = useApiQuery('partner.list', { programmeId })
  return useMemo(() => {
    const streetOptions = (streets.data ?? []).map((item) => ({
      value: item.street.id,
      label: item.street.name,
    }))
    const teamOptions = (team.data ?? [])
      .map((member) => ({ value: member.id, label: member.name }))
      .sort(byLabel)
    const partnerOptions = (partners.data ?? [])
      .map((item) => ({ value: item.partner.id, label: item.partner.name }))
      .sort(byLabel)
    const names = new Map<string, string>()
    for (const option of [...streetOptions, ...teamOptions, ...partnerOptions])
      names.set(option.value, option.label)
    return {
      streets: streetOptions,
      team: teamOptions,
      partners: partnerOptions,
      nameOf: (id: string) => names.get(id) ?? '',
      isLoading: streets.isLoading || team.isLoading || partners.isLoading,
      error: streets.error ?? team.error ?? partners.error,
      refresh: () => {
        streets.refresh()
        team.refresh()
        partners.refresh()
      },
    }
  }, [streets, team, partners])
}
