import { Group, Stack, Text, Title } from '@mantine/core'
import { type ReactNode, useEffect } from 'react'
import { useTranslation } from 'react-i18next'

interface PageHeaderProps {
  title: string
  /** A line under the title (e.g. gemeente and period). */
  description?: ReactNode
  /** Small labels beside the title (e.g. a "Demo" badge). */
  badges?: ReactNode
  /** Buttons on the right. */
  actions?: ReactNode
}

/**
 * The page's title as its one h1. The heading takes focus after navigation (tabIndex -1), so keyboard
 * and screen-reader users start at the top of the new page.
 */
export function PageHeader({ title, description, badges, actions }: PageHeaderProps) {
  const { t } = useTranslation()
  const appName = t('app.name')
  // The window title names the page too (task bar, screen readers' window list).
  useEffect(() => {
    document.title = `${title} · ${appName}`
  }, [title, appName])
  return (
    <Group justify="space-between" align="flex-start" gap="md" mb="xl" wrap="wrap">
      <Stack gap={6}>
        <Group gap="sm" align="center">
          <Title order={1} tabIndex={-1} data-page-heading>
            {title}
          </Title>
          {badges}
        </Group>
        {description !== undefined && (
          <Text c="dimmed" size="md">
            {description}
          </Text>
        )}
      </Stack>
      {actions !== undefined && <Group gap="sm">{actions}</Group>}
    </Group>
  )
}
