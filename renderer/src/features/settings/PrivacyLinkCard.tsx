import { Button } from '@mantine/core'
import { IconShieldLock } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { SectionCard } from '../../components/SectionCard'

/** Where the coach finds the privacy duties (their own page: /instellingen/privacy). */
export function PrivacyLinkCard() {
  const { t } = useTranslation()
  return (
    <SectionCard
      title={t('privacy.settingsHeading')}
      description={t('privacy.settingsIntro')}
      testId="settings-privacy"
    >
      <div>
        <Button
          component={Link}
          to="/instellingen/privacy"
          variant="default"
          leftSection={<IconShieldLock size={18} aria-hidden />}
        >
          {t('privacy.settingsOpen')}
        </Button>
      </div>
    </SectionCard>
  )
}
