import { Tabs } from '@mantine/core'
import { IconAlertCircle, IconHeartHandshake, IconUsers } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { PageHeader } from '../../components/PageHeader'
import { ActiveResidentsSection } from './active/ActiveResidentsSection'
import { ConnectionsSection } from './connections/ConnectionsSection'
import { type ResidentSection, residentSections } from './residents-paths'
import { SignalsSection } from './signals/SignalsSection'

/**
 * "Bewoners aan zet": who carries what (active residents and their roles on ideas), which neighbours
 * were brought together (connections), and which individual signals were picked up with consent.
 */
export function ResidentsPage() {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const requested = params.get('onderdeel')
  const section: ResidentSection = residentSections.find((value) => value === requested) ?? 'bewoners'
  return (
    <>
      <PageHeader title={t('residents.title')} description={t('residents.description')} />
      <Tabs
        value={section}
        onChange={(value) =>
          setParams(value && value !== 'bewoners' ? { onderdeel: value } : {}, { replace: true })
        }
        keepMounted={false}
      >
        <Tabs.List aria-label={t('residents.tabsLabel')} mb="lg">
          <Tabs.Tab value="bewoners" leftSection={<IconUsers size={16} aria-hidden />}>
            {t('residents.tabs.residents')}
          </Tabs.Tab>
          <Tabs.Tab value="verbindingen" leftSection={<IconHeartHandshake size={16} aria-hidden />}>
            {t('residents.tabs.connections')}
          </Tabs.Tab>
          <Tabs.Tab value="signalen" leftSection={<IconAlertCircle size={16} aria-hidden />}>
            {t('residents.tabs.signals')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="bewoners">
          <ActiveResidentsSection />
        </Tabs.Panel>
        <Tabs.Panel value="verbindingen">
          <ConnectionsSection />
        </Tabs.Panel>
        <Tabs.Panel value="signalen">
          <SignalsSection />
        </Tabs.Panel>
      </Tabs>
    </>
  )
}
