import { Button, Paper, Stack, Text, ThemeIcon } from '@mantine/core'
import { IconBulb, IconCalendarEvent, IconFileText, IconHeartHandshake, IconRoad } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { PageHeader } from '../../components/PageHeader'

/** Areas of the app that arrive in a later version. */
export type ComingSoonArea = 'streets' | 'sessions' | 'ideas' | 'partners' | 'reports'

const icons = {
  streets: IconRoad,
  sessions: IconCalendarEvent,
  ideas: IconBulb,
  partners: IconHeartHandshake,
  reports: IconFileText,
} as const

/** Says plainly and kindly that this part comes in the next version, and what it will do. No fake data. */
export function ComingSoonPage({ area }: { area: ComingSoonArea }) {
  const { t } = useTranslation()
  const Icon = icons[area]
  return (
    <>
      <PageHeader title={t(`nav.${area}`)} />
      <Paper withBorder p="xl" maw={720}>
        <Stack gap="md" align="flex-start">
          <ThemeIcon size={48} radius="md" variant="light" aria-hidden>
            <Icon size={26} stroke={1.7} />
          </ThemeIcon>
          <Text size="lg" fw={600}>
            {t(`comingSoon.${area}.lead`)}
          </Text>
          <Text c="dark.4">{t(`comingSoon.${area}.what`)}</Text>
          <Text c="dimmed" size="sm">
            {t('comingSoon.meanwhile')}
          </Text>
          <Button component={Link} to="/" variant="light">
            {t('comingSoon.toDashboard')}
          </Button>
        </Stack>
      </Paper>
    </>
  )
}
