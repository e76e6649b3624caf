import { Button, Container, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { IconArrowLeft, IconBolt } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useMenuCommand } from '../../app/use-menu-command'
import { LocalOnlyNote } from '../../components/LocalOnlyNote'
import { CreateProgrammeForm } from '../programme/CreateProgrammeForm'
import { StartChoices } from './StartChoices'

/**
 * The welcome screen when there is no programme yet: start an own programme or load the demo.
 * Choosing "Nieuw programma" shows the form on the same screen; "Terug" returns to the choice.
 */
export function FirstRunPage() {
  const { t } = useTranslation()
  const [step, setStep] = useState<'choose' | 'new'>('choose')
  useMenuCommand('new-programme', () => setStep('new'))

  return (
    <Container size={1080} py={40} px="md" component="main">
      <Stack gap="xl">
        <Group gap="sm">
          <ThemeIcon size={40} radius="md" aria-hidden>
            <IconBolt size={24} />
          </ThemeIcon>
          <Text fw={700} size="xl" c="krachtstroom.8">
            {t('app.name')}
          </Text>
        </Group>

        {step === 'choose' ? (
          <Stack gap="xl">
            <Stack gap="sm">
              <Title order={1} tabIndex={-1} data-page-heading>
                {t('firstRun.title')}
              </Title>
              <Text size="lg" c="dark.4" maw={720}>
                {t('firstRun.intro')}
              </Text>
            </Stack>
            <StartChoices onNewProgramme={() => setStep('new')} />
          </Stack>
        ) : (
          <Stack gap="lg">
            <Stack gap="xs">
              <Title order={1} tabIndex={-1} data-page-heading ref={focusOnMount}>
                {t('programmeForm.newHeading')}
              </Title>
              <Text c="dimmed">{t('programmeForm.newIntro')}</Text>
            </Stack>
            <Paper withBorder p="xl">
              <CreateProgrammeForm
                secondaryActions={
                  <Button
                    variant="default"
                    size="md"
                    leftSection={<IconArrowLeft size={16} aria-hidden />}
                    onClick={() => setStep('choose')}
                  >
                    {t('common.back')}
                  </Button>
                }
              />
            </Paper>
          </Stack>
        )}

        <LocalOnlyNote text={t('firstRun.privacy')} />
      </Stack>
    </Container>
  )
}

function focusOnMount(element: HTMLHeadingElement | null): void {
  element?.focus()
}
