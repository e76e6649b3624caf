import { Button, Group, Text, ThemeIcon } from '@mantine/core'
import { IconBolt, IconPlus } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { QuickAddButton } from '../features/quick-add/QuickAddButton'
import { SyncIndicator } from '../features/sync/SyncIndicator'
import { ProgrammeSwitcher } from './ProgrammeSwitcher'

/** The top bar: the app's name, the programme switcher and "Nieuw programma". */
export function AppHeader() {
  const { t } = useTranslation()
  return (
    <Group justify="space-between" w="100%" gap="sm">
      <Group gap="sm" wrap="nowrap">
        <ThemeIcon size={34} radius="md" aria-hidden>
          <IconBolt size={20} stroke={2} />
        </ThemeIcon>
        <Text fw={700} size="lg" c="krachtstroom.8" style={{ whiteSpace: 'nowrap' }}>
          {t('app.name')}
        </Text>
      </Group>
      <Group gap="sm">
        <SyncIndicator />
        <QuickAddButton />
        <ProgrammeSwitcher />
        <Button
          component={Link}
          to="/programma/nieuw"
          variant="default"
          leftSection={<IconPlus size={16} aria-hidden />}
        >
          {t('switcher.newProgramme')}
        </Button>
      </Group>
    </Group>
  )
}
