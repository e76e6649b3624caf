import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useApiQuery } from '../../api/use-api-query'

/** Owner choices for a follow-up, grouped: team members (`team:<id>`) and partners (`partner:<id>`). */
export function useActionOwnerOptions(programmeId: string) {
  const { t } = useTranslation()
  const team = useApiQuery('team.list', { programmeId })
  const partners = useApiQuery('partner.list', { programmeId })
  return useMemo(
    () => [
      {
        group: t('ideas.actions.ownerTeam'),
        items: (team.data ?? []).map((member) => ({ value: `team:${member.id}`, label: member.name })),
      },
      {
        group: t('ideas.actions.ownerPartners'),
        items: (partners.data ?? []).map((item) => ({
          value: `partner:${item.partner.id}`,
          label: item.partner.name,
        })),
      },
    ],
    [t, team.data, partners.data],
  )
}

/** The API's owner fields for a choice made with {@link useActionOwnerOptions}. */
export function ownerFields(choice: string | null): { ownerTeamMemberId?: string; ownerPartnerId?: string } {
  if (choice?.startsWith('team:')) return { ownerTeamMemberId: choice.slice('team:'.length) }
  if (choice?.startsWith('partner:')) return { ownerPartnerId: choice.slice('partner:'.length) }
  return {}
}
