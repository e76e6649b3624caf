import { Anchor, Stack } from '@mantine/core'
import { IconArrowLeft } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { PageHeader } from '../../components/PageHeader'
import { AccessRequestCard } from './AccessRequestCard'
import { AuditLogCard } from './AuditLogCard'
import { EraseCard } from './EraseCard'
import { RetentionCard } from './RetentionCard'
import { SignalRetentionCard } from './SignalRetentionCard'

/** Instellingen → Privacy (AVG): erase a resident, answer an access request, retention and the audit log. */
export function PrivacyPage() {
  const { t } = useTranslation()
  return (
    <>
      <Anchor component={Link} to="/instellingen" size="sm" mb="xs" display="inline-flex">
        <IconArrowLeft size={16} aria-hidden style={{ marginRight: 4, alignSelf: 'center' }} />
        {t('privacy.back')}
      </Anchor>
      <PageHeader title={t('privacy.title')} description={t('privacy.description')} />
      <Stack gap="xl" maw={880}>
        <EraseCard />
        <AccessRequestCard />
        <RetentionCard />
        <SignalRetentionCard />
        <AuditLogCard />
      </Stack>
    </>
  )
}
