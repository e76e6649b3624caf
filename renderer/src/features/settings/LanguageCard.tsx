import { SegmentedControl, Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { type Language, languages } from '../../../../shared/model/vocabulary'
import { useApiMutation } from '../../api/use-api-mutation'
import { useActiveProgramme } from '../../app/active-programme-context'
import { SectionCard } from '../../components/SectionCard'

/** The interface language; a choice is saved right away and the app switches at once. */
export function LanguageCard() {
  const { t } = useTranslation()
  const { settings } = useActiveProgramme()
  const update = useApiMutation('settings.update')
  return (
    <SectionCard
      title={t('settings.languageHeading')}
      description={t('settings.languageIntro')}
      testId="settings-language"
    >
      <Stack gap={6}>
        <SegmentedControl
          aria-label={t('settings.language')}
          value={settings.language}
          disabled={update.isPending}
          onChange={(value) => void update.mutate({ language: value as Language })}
          data={languages.map((language) => ({
            value: language,
            label: t(`vocabulary.language.${language}`),
          }))}
          w="fit-content"
          data-testid="language-switch"
        />
      </Stack>
    </SectionCard>
  )
}
