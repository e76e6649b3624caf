import { Alert, Button, Group, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { type SensitiveKind } from '../../../../../shared/domain/sensitive-text'

interface SensitiveNoteWarningProps {
  kinds: SensitiveKind[]
  onSaveAnyway: () => void
  onEdit: () => void
}

/**
 * Asks before saving a note that seems to hold a BSN, IBAN or phone number: such numbers do not belong
 * in a door note. "Notitie aanpassen" is first, so Enter never saves by accident.
 */
export function SensitiveNoteWarning({ kinds, onSaveAnyway, onEdit }: SensitiveNoteWarningProps) {
  const { t } = useTranslation()
  const what = kinds.map((kind) => t(`streets.sensitive.kinds.${kind}`)).join(', ')
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('streets.sensitive.title')}
      role="alert"
      styles={{ title: { color: 'var(--mantine-color-black)' } }}
    >
      <Text size="sm" mb="sm">
        {t('streets.sensitive.message', { what })}
      </Text>
      <Group gap="sm">
        <Button size="xs" onClick={onEdit} data-autofocus>
          {t('streets.sensitive.edit')}
        </Button>
        <Button size="xs" variant="default" onClick={onSaveAnyway}>
          {t('streets.sensitive.saveAnyway')}
        </Button>
      </Group>
    </Alert>
  )
}
