import { Button, Table, Text, VisuallyHidden } from '@mantine/core'
import { IconPencil, IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type TeamMember } from '../../../../shared/model/people'
import { useApiQuery } from '../../api/use-api-query'
import { ErrorState } from '../../components/ErrorState'
import { LoadingState } from '../../components/LoadingState'
import { SectionCard } from '../../components/SectionCard'
import { TeamMemberFormModal } from './TeamMemberFormModal'

/** The programme's team members, who can own follow-ups; add and edit them here. */
export function TeamSection({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation()
  const team = useApiQuery('team.list', { programmeId })
  const [editing, setEditing] = useState<TeamMember | 'new' | undefined>()
  return (
    <SectionCard
      title={t('partnerTeam.heading')}
      description={t('partnerTeam.intro')}
      aside={
        <Button
          mt="sm"
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => setEditing('new')}
        >
          {t('partnerTeam.add')}
        </Button>
      }
      testId="team-section"
    >
      {team.data ? (
        team.data.length === 0 ? (
          <Text c="dimmed">{t('partnerTeam.none')}</Text>
        ) : (
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('partnerTeam.columns.name')}</Table.Th>
                <Table.Th>{t('partnerTeam.columns.role')}</Table.Th>
                <Table.Th>{t('partnerTeam.columns.email')}</Table.Th>
                <Table.Th>{t('partnerTeam.columns.phone')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('partnerTeam.edit')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {team.data.map((member) => (
                <Table.Tr key={member.id}>
                  <Table.Td fw={600}>{member.name}</Table.Td>
                  <Table.Td>{member.role || '—'}</Table.Td>
                  <Table.Td>{member.email || '—'}</Table.Td>
                  <Table.Td>{member.phone || '—'}</Table.Td>
                  <Table.Td ta="right">
                    <Button
                      variant="subtle"
                      size="xs"
                      leftSection={<IconPencil size={14} aria-hidden />}
                      onClick={() => setEditing(member)}
                      aria-label={t('partnerTeam.editLabel', { name: member.name })}
                    >
                      {t('partnerTeam.edit')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )
      ) : team.error ? (
        <ErrorState error={team.error} onRetry={team.refresh} />
      ) : (
        <LoadingState minHeight={60} />
      )}
      <TeamMemberFormModal
        opened={editing !== undefined}
        member={editing === 'new' ? undefined : editing}
        programmeId={programmeId}
        onClose={() => setEditing(undefined)}
      />
    </SectionCard>
  )
}
