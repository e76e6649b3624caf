import { useMemo } from 'react'
import { useApiQuery } from '../../api/use-api-query'

/** A value and label for Mantine's Select and MultiSelect. */
export interface Option {
  value: string
  label: string
}

/** Names of the programme's themes, streets, partners, sessions and team, for forms and filters. */
export interface IdeaLookups {
  themes: Option[]
  streets: Option[]
  partners: Option[]
  sessions: Option[]
  team: Option[]
  themeLabel: (code: string) => string
  partnerName: (id: string) => string
}

/**
 * Loads what idea screens need to name things (themes, streets, partners, sessions, team members) for
 * one programme. Lists stay empty until loaded; labels fall back to the code.
 */
export function useIdeaLookups(programmeId: string): IdeaLookups {
  const programme = useApiQuery('programme.get', { programmeId })
  const streets = useApiQuery('street.list', { programmeId })
  const partners = useApiQuery('partner.list', { programmeId })
  const sessions = useApiQuery('session.list', { programmeId })
  const team = useApiQuery('team.list', { programmeId })
  return useMemo(() => {
    const themes = (programme.data?.themes ?? [])
      .filter((theme) => !theme.archived)
      .map((theme) => ({ value: theme.code, label: theme.label }))
    const themeMap = new Map((programme.data?.themes ?? []).map((theme) => [theme.code, theme.label]))
    const partnerOptions = (partners.data ?? [])
      .map((item) => ({ value: item.partner.id, label: item.partner.name }))
      .sort((a, b) => a.label.localeCompare(b.label, 'nl'))
    const partnerMap = new Map(partnerOptions.map((option) => [option.value, option.label]))
    return {
      themes,
      streets: (streets.data ?? []).map((item) => ({ value: item.street.id, label: item.street.name })),
      partners: partnerOptions,
      sessions: (sessions.data ?? [])
        .map((item) => ({ value: item.session.id, label: `${item.session.title} (${item.session.date})` }))
        .reverse(),
      team: (team.data ?? []).map((member) => ({ value: member.id, label: member.name })),
      themeLabel: (code) => themeMap.get(code) ?? code,
      partnerName: (id) => partnerMap.get(id) ?? '',
    }
  }, [programme.data, streets.data, partners.data, sessions.data, team.data])
}
