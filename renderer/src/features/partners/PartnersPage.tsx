import { Button, Stack, Tabs, Text } from '@mantine/core'
import { IconChecklist, IconHeartHandshake, IconPlus, IconUsers } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { type Partner } from '../../../../shared/model/people'
import { useApiQuery } from '../../api/use-api-query'
import { useActiveProgramme } from '../../app/active-programme-context'
import { ErrorState } from '../../components/ErrorState'
import { LoadingState } from '../../components/LoadingState'
import { PageHeader } from '../../components/PageHeader'
import { OpenActionsSection } from '../actions/OpenActionsSection'
import { PartnerCard } from './PartnerCard'
import { PartnerFormModal } from './PartnerFormModal'
import { TeamSection } from './TeamSection'

const sections = ['partners', 'vervolgstappen', 'team'] as const
type Section = (typeof sections)[number]

/** Partners with the ideas they own and how long they wait, the open follow-ups, and the team. */
export function PartnersPage() {
  const { t } = useTranslation()
  const { active } = useActiveProgramme()
  const [params, setParams] = useSearchParams()
  const requested = params.get('onderdeel')
  const section: Section = sections.find((value) => value === requested) ?? 'partners'
  const partners = useApiQuery('partner.list', { programmeId: active.id })
  const [editing, setEditing] = useState<Partner | 'new' | undefined>()

  return (
    <>
      <PageHeader
        title={t('partners.title')}
        description={t('partners.intro')}
        actions={
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
            {t('partners.add')}
          </Button>
        }
      />
      <Tabs
        value={section}
        onChange={(value) =>
          setParams(value && value !== 'partners' ? { onderdeel: value } : {}, { replace: true })
        }
        keepMounted={false}
      >
        <Tabs.List aria-label={t('partners.tabsLabel')} mb="lg">
          <Tabs.Tab value="partners" leftSection={<IconHeartHandshake size={16} aria-hidden />}>
            {t('partners.tabs.partners')}
          </Tabs.Tab>
          <Tabs.Tab value="vervolgstappen" leftSection={<IconChecklist size={16} aria-hidden />}>
            {t('partners.tabs.actions')}
          </Tabs.Tab>
          <Tabs.Tab value="team" leftSection={<IconUsers size={16} aria-hidden />}>
            {t('partners.tabs.team')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="partners">
          {partners.data ? (
            partners.data.length === 0 ? (
              <Text c="dimmed">{t('partners.none')}</Text>
            ) : (
              <Stack gap="lg">
                {partners.data.map((item) => (
                  <PartnerCard key={item.partner.id} item={item} onEdit={() => setEditing(item.partner)} />
                ))}
              </Stack>
            )
          ) : partners.error ? (
            <ErrorState error={partners.error} onRetry={partners.refresh} />
          ) : (
            <LoadingState />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="vervolgstappen">
          <OpenActionsSection programmeId={active.id} />
        </Tabs.Panel>
        <Tabs.Panel value="team">
          <TeamSection programmeId={active.id} />
        </Tabs.Panel>
      </Tabs>
      <PartnerFormModal
        opened={editing !== undefined}
        partner={editing === 'new' ? undefined : editing}
        onClose={() => setEditing(undefined)}
      />
    </>
  )
}
