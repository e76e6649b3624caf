import { Button, Paper } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { PageHeader } from '../../components/PageHeader'
import { CreateProgrammeForm } from './CreateProgrammeForm'

/** "Nieuw programma" from within the app (next to the programme switcher). */
export function NewProgrammePage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  return (
    <>
      <PageHeader title={t('programmeForm.newHeading')} description={t('programmeForm.newIntro')} />
      <Paper withBorder p="xl" maw={760}>
        <CreateProgrammeForm
          secondaryActions={
            <Button variant="default" size="md" onClick={() => void navigate(-1)}>
              {t('common.cancel')}
            </Button>
          }
        />
      </Paper>
    </>
  )
}
