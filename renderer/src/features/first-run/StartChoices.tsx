import { Button, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { IconFileUpload, IconPlus, IconSparkles } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { useApiMutation } from '../../api/use-api-mutation'
import { notifySuccess } from '../../components/notifications'
import { BackupFileActions } from '../backups/BackupFileActions'
import { DemoLoadingDialog } from './DemoLoadingDialog'
import classes from './StartChoices.module.css'

/** The three ways to begin, side by side: an own programme, the demo, or a backup file. */
export function StartChoices({ onNewProgramme }: { onNewProgramme: () => void }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const loadDemo = useApiMutation('demo.load')
  const startDemo = async () => {
    const outcome = await loadDemo.mutate({ scale: 1 })
    if (!outcome.ok) return
    notifySuccess(t('firstRun.demoLoaded'))
    void navigate('/')
  }

  return (
    <section aria-labelledby="start-choices-heading">
      <Title order={2} id="start-choices-heading" mb="md">
        {t('firstRun.chooseHeading')}
      </Title>
      <div className={classes.grid}>
        <Paper withBorder p="xl" className={classes.card}>
          <Stack gap="md" h="100%">
            <ThemeIcon size={44} radius="md" variant="light" aria-hidden>
              <IconPlus size={24} />
            </ThemeIcon>
            <Title order={3}>{t('firstRun.newTitle')}</Title>
            <Text c="dark.4" className={classes.text}>
              {t('firstRun.newText')}
            </Text>
            <Button size="md" onClick={onNewProgramme}>
              {t('firstRun.newAction')}
            </Button>
          </Stack>
        </Paper>
        <Paper withBorder p="xl" className={classes.card}>
          <Stack gap="md" h="100%">
            <ThemeIcon size={44} radius="md" variant="light" aria-hidden>
              <IconSparkles size={24} />
            </ThemeIcon>
            <Title order={3}>{t('firstRun.demoTitle')}</Title>
            <Text c="dark.4" className={classes.text}>
              {t('firstRun.demoText')}
            </Text>
            <Button size="md" variant="light" onClick={() => void startDemo()} loading={loadDemo.isPending}>
              {t('firstRun.demoAction')}
            </Button>
          </Stack>
        </Paper>
        <Paper withBorder p="xl" className={classes.card} data-testid="restore-choice">
          <Stack gap="md" h="100%">
            <ThemeIcon size={44} radius="md" variant="light" color="gray" aria-hidden>
              <IconFileUpload size={24} />
            </ThemeIcon>
            <Title order={3}>{t('backupFile.firstRunTitle')}</Title>
            <Text c="dark.4" className={classes.text}>
              {t('backupFile.firstRunHint')}
            </Text>
            <BackupFileActions restoreOnly />
          </Stack>
        </Paper>
      </div>
      <DemoLoadingDialog opened={loadDemo.isPending} />
    </section>
  )
}
