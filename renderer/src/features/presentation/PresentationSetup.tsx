import { Anchor, Button, Group, Radio, Stack, Text, Title } from '@mantine/core'
import { IconArrowLeft, IconFileTypePdf, IconPlayerPlay } from '@tabler/icons-react'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { DateField } from '../../components/forms/DateField'
import { SectionCard } from '../../components/SectionCard'
import { IdeaChoices } from './IdeaChoices'
import classes from './Presentation.module.css'
import {
  audiences,
  type Audience,
  type PresentationData,
  type PresentationSettings,
} from './presentation-types'
import { SlideChoices } from './SlideChoices'

interface PresentationSetupProps {
  data: PresentationData
  settings: PresentationSettings
  slideCount: number
  onChange: (settings: PresentationSettings) => void
  onStart: () => void
  onPrint: () => void
}

/** Before presenting: audience, period, which slides and which ideas. */
export function PresentationSetup({
  data,
  settings,
  slideCount,
  onChange,
  onStart,
  onPrint,
}: PresentationSetupProps) {
  const { t } = useTranslation()
  const title = t('presentation.setupTitle')
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`
  }, [title, t])
  return (
    <main className={classes.setup}>
      <Stack gap="xl">
        <Anchor component={Link} to="/" className={classes.back}>
          <IconArrowLeft size={18} aria-hidden /> {t('presentation.toDashboard')}
        </Anchor>
        <Stack gap="xs">
          <Title order={1} data-page-heading tabIndex={-1}>
            {title}
          </Title>
          <Text c="dimmed" size="lg">
            {data.programme.name} · {t('presentation.setupIntro')}
          </Text>
        </Stack>
        <Stack gap="sm" className={classes.startBar}>
          <Text fw={600} data-testid="slide-count">
            {t('presentation.slideCount', { count: slideCount })}
          </Text>
          <Group gap="sm">
            <Button
              size="lg"
              leftSection={<IconPlayerPlay size={20} aria-hidden />}
              onClick={onStart}
              disabled={slideCount === 0}
            >
              {t('presentation.start')}
            </Button>
            <Button
              size="lg"
              variant="default"
              leftSection={<IconFileTypePdf size={20} aria-hidden />}
              onClick={onPrint}
              disabled={slideCount === 0}
            >
              {t('presentation.savePdf')}
            </Button>
          </Group>
          <Text size="sm" c="dimmed">
            {t('presentation.keysHint')}
          </Text>
        </Stack>
        <SectionCard title={t('presentation.audienceLabel')}>
          <Radio.Group
            value={settings.audience}
            onChange={(value) => onChange({ ...settings, audience: value as Audience })}
            aria-label={t('presentation.audienceLabel')}
          >
            <Group gap="xl">
              {audiences.map((audience) => (
                <Radio
                  key={audience}
                  value={audience}
                  label={t(`presentation.audience.${audience}`)}
                  size="md"
                />
              ))}
            </Group>
          </Radio.Group>
          <div className={classes.pair} role="group" aria-label={t('presentation.periodLegend')}>
            <DateField
              label={t('presentation.from')}
              value={settings.from}
              onChange={(value) => value && onChange({ ...settings, from: value })}
            />
            <DateField
              label={t('presentation.to')}
              value={settings.to}
              onChange={(value) => value && onChange({ ...settings, to: value })}
            />
          </div>
        </SectionCard>
        <div className={classes.setupColumns}>
          <SlideChoices hidden={settings.hidden} onChange={(hidden) => onChange({ ...settings, hidden })} />
          <IdeaChoices
            ideas={data.ideas}
            chosen={settings.ideaIds}
            onChange={(ideaIds) => onChange({ ...settings, ideaIds })}
          />
        </div>
      </Stack>
    </main>
  )
}
