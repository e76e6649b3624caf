import { Button, Paper, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { PageHeader } from '../../components/PageHeader'

/** A page for links that lead nowhere. */
export function NotFoundPage() {
  const { t } = useTranslation()
  return (
    <>
      <PageHeader title={t('notFound.title')} />
      <Paper withBorder p="xl" maw={720}>
        <Stack gap="md" align="flex-start">
          <Text>{t('notFound.text')}</Text>
          <Button component={Link} to="/" variant="light">
            {t('notFound.toDashboard')}
          </Button>
        </Stack>
      </Paper>
    </>
  )
}
